// The gate's settings, one definition for both adapters: the Action reads them from its inputs (action.yml), the App
// from RSP_GATE_* variables. Names, defaults and allowed values live here only.
import { parseInstant } from '../common/instant.ts';
import type { ReportMode } from '../ports/github.ts';
import { DEFAULT_POLICY_PATH } from './evaluate-change.ts';
import type { CommentMode } from './pull-request.ts';

export interface GateSettings {
  checkName: string;
  comment: CommentMode;
  report: ReportMode;
  policyPath: string;
  /** Judge as of this time (ISO) instead of the clock's: to reproduce a recorded verdict, or in tests. */
  evaluateAsOf?: string;
}

const DEFAULT_CHECK_NAME = 'rsp-gate';

export const DEFAULT_SETTINGS: Readonly<GateSettings> = {
  checkName: DEFAULT_CHECK_NAME,
  comment: 'auto',
  report: 'check',
  policyPath: DEFAULT_POLICY_PATH,
};

const COMMENT_MODES = ['auto', 'always', 'never'] as const satisfies readonly CommentMode[];
const REPORT_MODES = ['check', 'status', 'both'] as const satisfies readonly ReportMode[];

/** A setting's name as action.yml spells it; the App's variable is RSP_GATE_ and the name in upper snake case. */
export type SettingName = 'check-name' | 'comment' | 'report' | 'policy-path' | 'evaluate-as-of';

export class SettingsError extends Error {
  override name = 'SettingsError';
}

/**
 * The settings from `read` (undefined or '' for "not set"), each checked; `label` names a setting in errors (e.g.
 * "input comment" or "RSP_GATE_COMMENT"). A bad value throws SettingsError: a gate set up wrongly never runs.
 */
export function readSettings(read: (name: SettingName) => string | undefined, label: (name: SettingName) => string): GateSettings {
  const text = (name: SettingName) => {
    const value = read(name)?.trim();
    return value === undefined || value === '' ? undefined : value;
  };
  const oneOf = <T extends string>(name: SettingName, allowed: readonly T[], fallback: T): T => {
    const value = text(name)?.toLowerCase();
    if (value === undefined) return fallback;
    if ((allowed as readonly string[]).includes(value)) return value as T;
    throw new SettingsError(`${label(name)} must be one of ${allowed.join(', ')}, not "${value}"`);
  };
  const settings: GateSettings = {
    checkName: text('check-name') ?? DEFAULT_SETTINGS.checkName,
    comment: oneOf('comment', COMMENT_MODES, DEFAULT_SETTINGS.comment),
    report: oneOf('report', REPORT_MODES, DEFAULT_SETTINGS.report),
    policyPath: text('policy-path') ?? DEFAULT_SETTINGS.policyPath,
  };
  const asOf = text('evaluate-as-of');
  if (asOf === undefined) return settings;
  const evaluateAsOf = parseInstant(asOf);
  if (evaluateAsOf === undefined) throw new SettingsError(`${label('evaluate-as-of')} must be an ISO 8601 date or date-time, not "${asOf}"`);
  return { ...settings, evaluateAsOf };
}

/** The App's environment variable for a setting: check-name → RSP_GATE_CHECK_NAME. */
export function envName(name: SettingName): string {
  return `RSP_GATE_${name.toUpperCase().replaceAll('-', '_')}`;
}
