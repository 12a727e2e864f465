// The App's settings, from the server's environment (one App serves every repository it is installed on):
// RSP_GATE_CHECK_NAME, RSP_GATE_COMMENT, RSP_GATE_REPORT, RSP_GATE_POLICY_PATH. A bad value stops the server.
import { envName, readSettings, type GateSettings } from '../run/settings.ts';

export function settingsFromEnv(env: Record<string, string | undefined>): GateSettings {
  return readSettings((name) => env[envName(name)], envName);
}
