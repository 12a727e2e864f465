// The App's settings, from the environment of the server (one App serves every repository it is installed on).

import type { CommentMode } from '../run/pull-request.ts';
import type { ReportMode } from '../ports/github.ts';

export interface AppConfig {
  checkName: string;
  comment: CommentMode;
  report: ReportMode;
  policyPath?: string;
}

export const DEFAULT_APP_CONFIG: AppConfig = { checkName: 'rsp-gate', comment: 'auto', report: 'check' };

/** RSP_GATE_CHECK_NAME, RSP_GATE_COMMENT, RSP_GATE_REPORT, RSP_GATE_POLICY_PATH; a bad value stops the server. */
export function configFromEnv(env: Record<string, string | undefined>): AppConfig {
  const config: AppConfig = { ...DEFAULT_APP_CONFIG };
  if (env.RSP_GATE_CHECK_NAME) config.checkName = env.RSP_GATE_CHECK_NAME;
  if (env.RSP_GATE_COMMENT) config.comment = oneOf('RSP_GATE_COMMENT', env.RSP_GATE_COMMENT, ['auto', 'always', 'never'] as const);
  if (env.RSP_GATE_REPORT) config.report = oneOf('RSP_GATE_REPORT', env.RSP_GATE_REPORT, ['check', 'status', 'both'] as const);
  if (env.RSP_GATE_POLICY_PATH) config.policyPath = env.RSP_GATE_POLICY_PATH;
  return config;
}

function oneOf<T extends string>(name: string, value: string, allowed: readonly T[]): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new Error(`${name} must be one of ${allowed.join(', ')}, not "${value}"`);
}
