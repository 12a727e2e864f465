// Words and symbols for statuses, shared by the Markdown, check and terminal reports.
import { SeveritySchema, type Severity } from '../common/finding.ts';
import type { CapabilityStatus, Conclusion, SafeguardStatus } from '../engine/types.ts';

export const CONCLUSION_LABEL: Record<Conclusion, { icon: string; word: string }> = {
  success: { icon: '✅', word: 'Success' },
  failure: { icon: '❌', word: 'Failure' },
  action_required: { icon: '⏳', word: 'Action required' },
  neutral: { icon: '⚪', word: 'Neutral' },
};

export const CAPABILITY_LABEL: Record<CapabilityStatus, { icon: string; word: string }> = {
  crossed: { icon: '🔴', word: 'crossed' },
  not_ruled_out: { icon: '🟠', word: 'not ruled out' },
  unevaluated: { icon: '⚪', word: 'unevaluated' },
  approaching: { icon: '🟡', word: 'approaching' },
  below: { icon: '🟢', word: 'below' },
};

export const SAFEGUARD_LABEL: Record<SafeguardStatus, { icon: string; word: string }> = {
  satisfied: { icon: '✅', word: 'satisfied' },
  attested: { icon: '☑️', word: 'attested' },
  pending: { icon: '⏳', word: 'pending' },
};

export const SEVERITY_LABEL: Record<Severity, { icon: string; one: string; many: string }> = {
  error: { icon: '❌', one: 'error', many: 'errors' },
  warning: { icon: '⚠️', one: 'warning', many: 'warnings' },
  notice: { icon: 'ℹ️', one: 'notice', many: 'notices' },
};

export const SEVERITIES: readonly Severity[] = SeveritySchema.options;
