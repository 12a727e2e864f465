// The audit record: a compact, machine-readable copy of a verdict's facts, hidden at the end of the sticky comment, so
// that `rsp-gate audit` can read later what the gate decided and which commands counted. It is written for auditors
// only: the gate never reads it back to decide anything (every evaluation re-derives everything from GitHub).
import * as z from 'zod';
import type { Verdict } from '../engine/types.ts';
import { LedgerEntrySchema, type LedgerEntry } from '../engine/ledger.ts';

const RECORD_MARKER = '<!-- rsp-gate:record ';
const RECORD_PATTERN = /<!-- rsp-gate:record ([A-Za-z0-9+/=]+) -->/g;

/** Most characters the record takes of the comment (GitHub allows 65,536 for the whole body). */
const MAX_RECORD_CHARS = 16_000;
/** Longest `reason` kept when the record has to shrink. */
const SHORT_REASON = 160;

const RecordModelSchema = z.strictObject({
  id: z.string(),
  declaredLevel: z.string(),
  requiredLevel: z.string(),
  conclusion: z.enum(['success', 'failure', 'action_required', 'neutral']),
});

export const AuditRecordSchema = z
  .strictObject({
    record: z.literal(1),
    conclusion: z.enum(['success', 'failure', 'action_required', 'neutral']),
    requiredLevel: z.string(),
    headSha: z.string(),
    baseSha: z.string(),
    referenceDate: z.string(),
    toolVersion: z.string(),
    policyFingerprint: z.string().nullable(),
    models: z.array(RecordModelSchema),
    ledger: z.array(LedgerEntrySchema),
    /** Entries (the oldest) or models left out to keep the record within its size. */
    omitted: z.strictObject({ ledger: z.number().int(), models: z.number().int() }).optional(),
  })
  .describe('The audit record in the sticky comment');
export type AuditRecord = z.infer<typeof AuditRecordSchema>;

export function recordOf(v: Verdict): AuditRecord {
  return {
    record: 1,
    conclusion: v.conclusion,
    requiredLevel: v.requiredLevel,
    headSha: v.subject.headSha,
    baseSha: v.subject.baseSha,
    referenceDate: v.referenceDate,
    toolVersion: v.tool.version,
    policyFingerprint: v.policy.fingerprint,
    models: v.models.map((m) => ({ id: m.id, declaredLevel: m.declaredLevel, requiredLevel: m.requiredLevel, conclusion: m.conclusion })),
    ledger: v.ledger,
  };
}

function encode(record: AuditRecord): string {
  return `\n${RECORD_MARKER}${Buffer.from(JSON.stringify(record), 'utf8').toString('base64')} -->`;
}

const shorten = (e: LedgerEntry): LedgerEntry =>
  e.reason === undefined || e.reason.length <= SHORT_REASON ? e : { ...e, reason: `${e.reason.slice(0, SHORT_REASON - 1)}…` };

/**
 * The record as a hidden HTML comment (base64 holds no `-->`), at most `max` characters: reasons are shortened
 * first, then the oldest ledger entries and the last models are left out, and the record says how many.
 */
export function encodeRecord(verdict: Verdict, max = MAX_RECORD_CHARS): string {
  const full = recordOf(verdict);
  let text = encode(full);
  if (text.length <= max) return text;
  const ledger = full.ledger.map(shorten);
  let models = full.models;
  for (let keep = ledger.length; ; ) {
    const omitted = { ledger: full.ledger.length - keep, models: full.models.length - models.length };
    text = encode({ ...full, models, ledger: ledger.slice(ledger.length - keep), omitted });
    if (text.length <= max) return text;
    if (keep > 0) keep = Math.floor(keep / 2);
    else if (models.length > 0) models = models.slice(0, Math.floor(models.length / 2));
    else return '';
  }
}

/** The last valid record in a comment body; undefined when there is none or it does not validate. */
export function decodeRecord(body: string): AuditRecord | undefined {
  const found = [...body.matchAll(RECORD_PATTERN)].at(-1);
  if (found === undefined) return undefined;
  try {
    const parsed = AuditRecordSchema.safeParse(JSON.parse(Buffer.from(found[1]!, 'base64').toString('utf8')));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}
