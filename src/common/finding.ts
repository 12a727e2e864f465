// Findings are the one way every layer reports a problem: a stable code, a severity and, where one exists, a place.
// The zod schema below is the one source of the Finding type and of its part of the published report schema.
import * as z from 'zod';

export const FINDING_CODES = {
  POLICY_INVALID: 'The policy cannot be validated',
  POLICY_NOT_FOUND: 'No policy found: run `rsp-gate init`',
  PRESET_VALUE_UNSET: 'A number the preset leaves to the user has not been set',
  PARSE_ERROR: 'A file could not be read',
  LFS_OBJECT_MISSING: 'A result file is a Git LFS pointer whose object could not be fetched (or did not match the pointer)',
  MODEL_INVALID: 'A model config does not match its schema',
  DUPLICATE_MODEL: 'Two model configs claim the same id',
  MODEL_DELETED: 'A model in scope has no config at the head commit (deleted); it is not evaluated',
  UNKNOWN_MODEL: 'A result names a model that no model config claims',
  MODEL_MISMATCH: 'A result file names a model that the model of its folder does not claim, or names two models',
  INVISIBLE_NAME: 'A name holds invisible characters (zero-width, surrounding spaces) that make it look like another',
  UNUSABLE_RESULT: 'A result exists but cannot count as evidence (unfinished run, NaN, bad scale)',
  SCALE_MISMATCH: 'A value is on a different scale than the threshold it is compared with',
  SELF_REPORTED: 'The evidence is self-reported (no standard error, unverified)',
  UNREAD_FILE: 'A file the PR changes under the results paths is in no format rsp-gate reads',
  MISFILED_RESULT: "A result sits in one model's results folder but names another model",
  UNCERTAINTY_UNKNOWN: 'A result gives no standard error and no sample count to derive one: it cannot rule a threshold out',
  FUTURE_DATE: 'A date lies after the reference date (a typo?): it is an error, and the result never displaces older evidence',
  OTHER_READINGS: 'One run (or one date) holds several readings of the same eval and metric: the most capable counts',
  UNDATED_RESULT: 'A result has no date: it cannot count as fresh, and counts only when it shows more capability',
  MISSING_EVIDENCE: 'A capability has no qualifying evidence',
  STALE_EVIDENCE: 'The freshest qualifying evidence is older than the policy allows',
  THRESHOLD_CROSSED: 'A capability threshold is crossed',
  THRESHOLD_NOT_RULED_OUT: 'A capability threshold cannot be ruled out',
  ALERT_REACHED: 'A capability is approaching its threshold (alert reached)',
  DECLARED_LEVEL_TOO_LOW: 'The declared safety level is below the required level',
  UNKNOWN_LEVEL: 'A model declares a level the policy does not define',
  NOTABLE_INCREASE_UNASSESSED: 'Effective compute grew past the notable-increase ratio since the last comprehensive assessment',
  SAFEGUARD_PENDING: 'A required safeguard is neither in the base ledger nor attested on this PR',
  SAFEGUARD_UNKNOWN: 'A ledger or command names a safeguard the policy does not define',
  ATTESTED_NOT_IN_LEDGER: 'A safeguard was attested but is missing from the head ledger',
  ATTESTATION_OUTDATED: 'An attestation was made against evidence that has since changed',
  POLICY_CHANGED: 'This PR changes the policy',
  POLICY_CHANGE_UNAPPROVED: 'This PR changes the policy and no policy approver has approved it',
  CLAIM_UNATTESTED:
    "A change to a model's assessment, compute, declared level or evidence needs the assessors' attestation; until then the base's values decide",
  APPROVAL_OUTDATED: 'An approval or assessment attestation was made for what the PR held before, and no longer applies',
  RISK_REPORT_MISSING: 'A deployed model (a stage the policy names) is covered by no Risk Report',
  RISK_REPORT_OVERDUE: "A deployed model's newest Risk Report is older than the policy's cadence",
  RISK_REPORT_INVALID: 'A Risk Report file cannot be read or does not match its format',
  FOREIGN_CHECK: "A check run or commit status of the gate's name on the head comes from another source",
  API_ERROR: 'GitHub could not be read or written',
} as const;

export type FindingCode = keyof typeof FINDING_CODES;

export const SeveritySchema = z
  .enum(['error', 'warning', 'notice'])
  .describe('error: the gate cannot pass · warning: shown, does not block · notice: information');
export type Severity = z.infer<typeof SeveritySchema>;

export interface SourceLocation {
  file: string;
  line?: number;
  column?: number;
}

export const FindingSchema = z
  .strictObject({
    code: z.enum(Object.keys(FINDING_CODES) as [FindingCode, ...FindingCode[]]).describe('Stable finding code'),
    severity: SeveritySchema,
    message: z.string(),
    file: z.string().optional(),
    line: z.number().int().positive().optional(),
    column: z.number().int().positive().optional(),
    model: z.string().optional().describe('The model the finding is about'),
  })
  .describe('A problem or fact found, at the file and line it concerns');
export type Finding = z.infer<typeof FindingSchema>;

export function finding(code: FindingCode, severity: Severity, message: string, where?: SourceLocation & { model?: string }): Finding {
  const f: Finding = { code, severity, message };
  if (where?.file !== undefined) f.file = where.file;
  if (where?.line !== undefined) f.line = where.line;
  if (where?.column !== undefined) f.column = where.column;
  if (where?.model !== undefined) f.model = where.model;
  return f;
}
