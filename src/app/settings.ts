// The App's settings, from the server's environment (one App serves every repository it is installed on):
// RSP_GATE_CHECK_NAME, RSP_GATE_COMMENT, RSP_GATE_REPORT, RSP_GATE_POLICY_PATH, RSP_GATE_EVALUATE_AS_OF, and the
// App's own RSP_GATE_SWEEP_INTERVAL. A bad value stops the server.
import { envName, readSettings, SettingsError, type GateSettings } from '../run/settings.ts';

export function settingsFromEnv(env: Record<string, string | undefined>): GateSettings {
  return readSettings((name) => env[envName(name)], envName);
}

const SWEEP_INTERVAL_VARIABLE = 'RSP_GATE_SWEEP_INTERVAL';

/** Minutes between two sweeps of every open PR, in milliseconds; undefined (no sweeps) when unset or 0. */
export function sweepIntervalFromEnv(env: Record<string, string | undefined>): number | undefined {
  const text = env[SWEEP_INTERVAL_VARIABLE]?.trim() ?? '';
  if (text === '' || text === '0') return undefined;
  if (!/^[1-9]\d{0,5}$/.test(text))
    throw new SettingsError(`${SWEEP_INTERVAL_VARIABLE} must be a whole number of minutes (0: off), not "${text}"`);
  return Number(text) * 60_000;
}
