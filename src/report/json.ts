// The JSON report: the verdict, stable and readable.
import type { Verdict } from '../engine/types.ts';

export function toJsonReport(verdict: Verdict): string {
  return `${JSON.stringify(verdict, null, 2)}\n`;
}
