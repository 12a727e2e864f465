// Which of several results for one rule counts: the freshest, and on a tie the most thorough.
import type { EvidenceRecord } from '../evidence/types.ts';
import type { Direction } from './bounds.ts';
import { parseDate } from './dates.ts';
import { canonicalJson } from './fingerprint.ts';

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Negative when `a` should be preferred over `b`. Total, so the choice never depends on input order. */
export function compareFreshness(a: EvidenceRecord, b: EvidenceRecord, direction: Direction): number {
  const da = parseDate(a.date)?.instant ?? -Infinity;
  const db = parseDate(b.date)?.instant ?? -Infinity;
  if (da !== db) return db > da ? 1 : -1;
  const sa = a.samples ?? -1;
  const sb = b.samples ?? -1;
  if (sa !== sb) return sb - sa;
  const byFile = compareText(a.file, b.file);
  if (byFile !== 0) return byFile;
  const la = a.line ?? Number.MAX_SAFE_INTEGER;
  const lb = b.line ?? Number.MAX_SAFE_INTEGER;
  if (la !== lb) return la - lb;
  // Same place, same date: prefer the more capable reading (fail closed), then the wider error.
  if (a.value !== b.value) return (direction === 'higher' ? b.value - a.value : a.value - b.value) > 0 ? 1 : -1;
  if ((a.stderr ?? 0) !== (b.stderr ?? 0)) return (b.stderr ?? 0) - (a.stderr ?? 0);
  // Trusted before self-reported; then any remaining difference decides, so the order of the input never does.
  if ((a.selfReported === true) !== (b.selfReported === true)) return a.selfReported === true ? 1 : -1;
  return compareText(canonicalJson(a), canonicalJson(b));
}

export function freshest(records: readonly EvidenceRecord[], direction: Direction): EvidenceRecord | undefined {
  return records.reduce<EvidenceRecord | undefined>((best, r) => (best === undefined || compareFreshness(r, best, direction) < 0 ? r : best), undefined);
}
