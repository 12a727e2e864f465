import { describe, expect, it } from 'vitest';
import { inverseNormalCdf, zForConfidence } from '../../../src/engine/normal.ts';

describe('zForConfidence', () => {
  it.each([
    [0.8, 1.281552],
    [0.9, 1.644854],
    [0.95, 1.959964],
    [0.99, 2.575829],
    [0.999, 3.290527],
  ])('two-sided %d gives z = %d', (confidence, z) => {
    expect(zForConfidence(confidence)).toBeCloseTo(z, 6);
  });

  it('uses the point value at confidence 0', () => {
    expect(zForConfidence(0)).toBe(0);
  });
});

describe('inverseNormalCdf', () => {
  it.each([
    [0.5, 0],
    [0.001, -3.090232],
    [0.02, -2.053749],
    [0.84134474, 1],
    [0.999999, 4.753424],
  ])('Φ⁻¹(%d) = %d across the central region and both tails', (p, x) => {
    expect(inverseNormalCdf(p)).toBeCloseTo(x, 5);
  });

  it('is antisymmetric around one half', () => {
    for (const p of [0.01, 0.1, 0.3, 0.45]) expect(inverseNormalCdf(p)).toBeCloseTo(-inverseNormalCdf(1 - p), 9);
  });

  it('refuses probabilities outside (0, 1)', () => {
    expect(() => inverseNormalCdf(0)).toThrow(RangeError);
    expect(() => inverseNormalCdf(1)).toThrow(RangeError);
    expect(() => inverseNormalCdf(Number.NaN)).toThrow(RangeError);
  });
});

describe('zForConfidence near 1', () => {
  it('stays finite where (1 + c) / 2 rounds to 1', () => {
    const z = zForConfidence(0.9999999999999999);
    expect(Number.isFinite(z)).toBe(true);
    expect(z).toBeGreaterThan(8);
    expect(zForConfidence(0.999999)).toBeCloseTo(4.891638, 4);
  });
});
