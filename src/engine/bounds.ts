// Conservative bounds from a reported standard error, and the status they give against an alert and a threshold.
import type { CapabilityStatus } from './types.ts';

export type Direction = 'higher' | 'lower';

export interface Bounds {
  /** value − z·stderr */
  lower: number;
  /** value + z·stderr */
  upper: number;
  /** The bound that makes the model look most capable (upper for `higher`, lower for `lower`). */
  mostCapable: number;
  /** The bound that makes the model look least capable. */
  leastCapable: number;
}

export function bounds(value: number, stderr: number | undefined, z: number, direction: Direction): Bounds {
  const margin = stderr === undefined ? 0 : z * stderr;
  const lower = value - margin;
  const upper = value + margin;
  return direction === 'higher'
    ? { lower, upper, mostCapable: upper, leastCapable: lower }
    : { lower, upper, mostCapable: lower, leastCapable: upper };
}

/** Whether a score reaches a line, in the direction in which scores mean more capability. */
export function reaches(score: number, line: number, direction: Direction): boolean {
  return direction === 'higher' ? score >= line : score <= line;
}

export function boundStatus(b: Bounds, threshold: number, alert: number | undefined, direction: Direction): CapabilityStatus {
  if (reaches(b.leastCapable, threshold, direction)) return 'crossed';
  if (reaches(b.mostCapable, threshold, direction)) return 'not_ruled_out';
  if (alert !== undefined && reaches(b.mostCapable, alert, direction)) return 'approaching';
  return 'below';
}
