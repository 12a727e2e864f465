// Which of several results for one rule counts: those of the newest date compete, and of those the most capable
// reading wins (fail closed); sample counts and file names never decide between readings that differ.
import type { EvidenceRecord } from '../evidence/types.ts';
import type { Direction } from './bounds.ts';
import { parseDate } from '../common/dates.ts';
import { canonicalJson } from './fingerprint.ts';
import { statusRank } from './status-rank.ts';
import type { CapabilityStatus } from './types.ts';
import { compareText } from '../common/text.ts';

function instantOf(r: EvidenceRecord): number {
  return parseDate(r.date)?.instant ?? Number.NEGATIVE_INFINITY;
}

/** The results of the newest date (all undated ones when none has a date); empty for no results. */
export function newestGroup(records: readonly EvidenceRecord[]): EvidenceRecord[] {
  let newest = Number.NEGATIVE_INFINITY;
  for (const r of records) newest = Math.max(newest, instantOf(r));
  return records.filter((r) => instantOf(r) === newest);
}

/** One result judged against a rule: what it would decide, and the bound that shows the most capability. */
export interface JudgedReading {
  record: EvidenceRecord;
  status: CapabilityStatus;
  mostCapable: number;
}

/** Negative when `a` is the more capable reading. Total, so the choice never depends on input order. */
function compareReadings(a: JudgedReading, b: JudgedReading, direction: Direction): number {
  const byStatus = statusRank(b.status) - statusRank(a.status);
  if (byStatus !== 0) return byStatus;
  if (a.mostCapable !== b.mostCapable)
    return (direction === 'higher' ? b.mostCapable > a.mostCapable : b.mostCapable < a.mostCapable) ? 1 : -1;
  const [ra, rb] = [a.record, b.record];
  if (ra.value !== rb.value) return (direction === 'higher' ? rb.value > ra.value : rb.value < ra.value) ? 1 : -1;
  // Trusted before self-reported; then place, then any remaining difference, so the order of the input never decides.
  if ((ra.selfReported === true) !== (rb.selfReported === true)) return ra.selfReported === true ? 1 : -1;
  const byFile = compareText(ra.file, rb.file);
  if (byFile !== 0) return byFile;
  const byLine = (ra.line ?? Number.MAX_SAFE_INTEGER) - (rb.line ?? Number.MAX_SAFE_INTEGER);
  if (byLine !== 0) return byLine;
  return compareText(canonicalJson(ra), canonicalJson(rb));
}

export function mostCapable(readings: readonly JudgedReading[], direction: Direction): JudgedReading | undefined {
  return readings.reduce<JudgedReading | undefined>(
    (best, r) => (best === undefined || compareReadings(r, best, direction) < 0 ? r : best),
    undefined,
  );
}
