// How one evidence rule's numbers read in a report: value ± stderr, the bound that decided, where it came from.
import { formatNumber } from '../engine/format.ts';
import type { EvidenceVerdict } from '../engine/types.ts';

export function valueText(e: EvidenceVerdict): string {
  if (e.value === null) return '—';
  return e.stderr === null ? formatNumber(e.value) : `${formatNumber(e.value)} ± ${formatNumber(e.stderr)}`;
}

/** The bound the status rests on: the least capable one for `crossed`, the most capable one otherwise. */
function boundUsed(e: EvidenceVerdict): { value: number; side: 'lower' | 'upper' } | undefined {
  if (e.lower === null || e.upper === null) return undefined;
  const leastIsLower = e.direction === 'higher';
  const useLeast = e.status === 'crossed';
  const side = useLeast === leastIsLower ? 'lower' : 'upper';
  return { value: side === 'lower' ? e.lower : e.upper, side };
}

export function boundText(e: EvidenceVerdict): string {
  const b = boundUsed(e);
  return b === undefined ? '—' : `${formatNumber(b.value)} (${b.side})`;
}

export function numberOrDash(n: number | null): string {
  return n === null ? '—' : formatNumber(n);
}

export function locationText(file: string | null | undefined, line: number | null | undefined): string {
  if (file === null || file === undefined) return '';
  return line === null || line === undefined ? file : `${file}:${line}`;
}
