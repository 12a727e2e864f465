// Conservative bounds from a reported standard error, and the status they give against an alert and a threshold.
import { isProportionReading } from './metric-kind.ts';
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

/**
 * The Wilson score interval of a proportion p measured on n samples, at the z of the policy's confidence. It stays
 * inside [0, 1] and does not collapse to a point at 0 or 1 the way p ± z·sqrt(p(1−p)/n) does. For a mean of scores
 * in [0, 1] that are not all 0 or 1, the variance is at most p(1−p), so the interval is wider than needed: cautious.
 */
export function wilsonInterval(p: number, n: number, z: number): { lower: number; upper: number } {
  const z2 = z * z;
  const denominator = 1 + z2 / n;
  const centre = (p + z2 / (2 * n)) / denominator;
  const half = (z / denominator) * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  return { lower: Math.max(0, centre - half), upper: Math.min(1, centre + half) };
}

/** How a result's interval was found: its stderr, its sample count (Wilson), or none (a point value). */
type Uncertainty = 'stderr' | 'wilson' | 'point' | 'unknown';

export interface MeasuredBounds extends Bounds {
  /** `point`: the policy (or confidence 0) accepts a bare value; `unknown`: it may show a crossing, never rule one out. */
  uncertainty: Uncertainty;
}

export interface Reading {
  value: number;
  stderr?: number | undefined;
  samples?: number | undefined;
  metric: string;
}

/** The bounds of one result: value ± z·stderr; without stderr, the Wilson interval of a proportion on n samples. */
export function measuredBounds(
  r: Reading,
  z: number,
  direction: Direction,
  options: { pointValues: boolean; lines: readonly (number | undefined)[]; proportion?: boolean | undefined },
): MeasuredBounds {
  if (r.stderr !== undefined) return { ...bounds(r.value, r.stderr, z, direction), uncertainty: 'stderr' };
  if (r.samples !== undefined && r.samples > 0 && isProportionReading(r.metric, options.proportion, r.value, options.lines)) {
    const { lower, upper } = wilsonInterval(r.value, r.samples, z);
    const sides = direction === 'higher' ? { mostCapable: upper, leastCapable: lower } : { mostCapable: lower, leastCapable: upper };
    return { lower, upper, ...sides, uncertainty: 'wilson' };
  }
  const point = bounds(r.value, undefined, z, direction);
  return { ...point, uncertainty: options.pointValues || z === 0 ? 'point' : 'unknown' };
}

/** Whether a score reaches a line, in the direction in which scores mean more capability. */
function reaches(score: number, line: number, direction: Direction): boolean {
  return direction === 'higher' ? score >= line : score <= line;
}

export function boundStatus(b: Bounds, threshold: number, alert: number | undefined, direction: Direction): CapabilityStatus {
  if (reaches(b.leastCapable, threshold, direction)) return 'crossed';
  if (reaches(b.mostCapable, threshold, direction)) return 'not_ruled_out';
  if (alert !== undefined && reaches(b.mostCapable, alert, direction)) return 'approaching';
  return 'below';
}
