// The z-value of a two-sided confidence level, from the inverse of the standard normal CDF.

// Acklam's rational approximation (relative error below 1.2e-9), central region and tails.
const A = [-3.969683028665376e1, 2.209460984245205e2, -2.759285104469687e2, 1.38357751867269e2, -3.066479806614716e1, 2.506628277459239];
const B = [-5.447609879822406e1, 1.615858368580409e2, -1.556989798598866e2, 6.680131188771972e1, -1.328068155288572e1, 1];
const C = [-7.784894002430293e-3, -3.223964580411365e-1, -2.400758277161838, -2.549732539343734, 4.374664141464968, 2.938163982698783];
const D = [7.784695709041462e-3, 3.224671290700398e-1, 2.445134137142996, 3.754408661907416, 1];
const TAIL = 0.02425;

function horner(coefficients: readonly number[], x: number): number {
  return coefficients.reduce((sum, c) => sum * x + c, 0);
}

/** The x with P(N(0,1) ≤ x) = p, for 0 < p < 1. */
export function inverseNormalCdf(p: number): number {
  if (!(p > 0 && p < 1)) throw new RangeError(`probability out of (0, 1): ${p}`);
  if (p < TAIL) {
    const q = Math.sqrt(-2 * Math.log(p));
    return horner(C, q) / horner(D, q);
  }
  if (p > 1 - TAIL) return -inverseNormalCdf(1 - p);
  const q = p - 0.5;
  const r = q * q;
  return (horner(A, r) * q) / horner(B, r);
}

/** z such that value ± z·stderr covers `confidence` two-sided; 0 for confidence 0 (use the point value). */
export function zForConfidence(confidence: number): number {
  if (!(confidence > 0)) return 0;
  // The upper tail (1 − c)/2 keeps its precision where (1 + c)/2 rounds to 1 (c = 0.9999999999999999).
  const tail = (1 - confidence) / 2;
  if (!(tail > 0)) throw new RangeError(`confidence must be below 1: ${confidence}`);
  return -inverseNormalCdf(tail);
}
