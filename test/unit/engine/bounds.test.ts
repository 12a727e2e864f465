import { describe, expect, it } from 'vitest';
import { bounds, boundStatus } from '../../../src/engine/bounds.ts';
import { parseDate } from '../../../src/common/dates.ts';

describe('bounds', () => {
  it('widens by z·stderr and names the most and least capable side by direction', () => {
    const higher = bounds(0.7, 0.01, 2, 'higher');
    expect(higher.lower).toBeCloseTo(0.68, 12);
    expect(higher.upper).toBeCloseTo(0.72, 12);
    expect(higher.mostCapable).toBe(higher.upper);
    expect(higher.leastCapable).toBe(higher.lower);
    const lower = bounds(0.7, 0.01, 2, 'lower');
    expect(lower.mostCapable).toBe(lower.lower);
    expect(lower.leastCapable).toBe(lower.upper);
  });

  it('is the point value without stderr', () => {
    expect(bounds(0.7, undefined, 1.96, 'higher')).toMatchObject({ lower: 0.7, upper: 0.7 });
  });
});

describe('boundStatus', () => {
  const status = (value: number, stderr: number, direction: 'higher' | 'lower', threshold: number, alert?: number) =>
    boundStatus(bounds(value, stderr, 2, direction), threshold, alert, direction);

  it.each([
    [0.7, 'crossed'],
    [0.66, 'not_ruled_out'],
    [0.55, 'approaching'],
    [0.3, 'below'],
  ] as const)('higher is more capable: %d ± 0.02 against alert 0.5, threshold 0.65 is %s', (value, expected) => {
    expect(status(value, 0.02, 'higher', 0.65, 0.5)).toBe(expected);
  });

  it.each([
    [0.1, 'crossed'],
    [0.22, 'not_ruled_out'],
    [0.3, 'approaching'],
    [0.6, 'below'],
  ] as const)('lower is more capable: %d ± 0.02 against alert 0.35, threshold 0.2 is %s', (value, expected) => {
    expect(status(value, 0.02, 'lower', 0.2, 0.35)).toBe(expected);
  });

  it('counts a bound exactly on the line as reaching it', () => {
    expect(boundStatus(bounds(0.65, 0, 2, 'higher'), 0.65, 0.5, 'higher')).toBe('crossed');
    expect(boundStatus(bounds(0.2, 0, 2, 'lower'), 0.2, 0.35, 'lower')).toBe('crossed');
  });

  it('is below, never approaching, when the rule has no alert', () => {
    expect(status(0.6, 0.01, 'higher', 0.65)).toBe('below');
  });
});

describe('parseDate', () => {
  it('reads dates and timestamps without the machine time zone', () => {
    const day = Date.UTC(2026, 10, 20) / 86_400_000;
    expect(parseDate('2026-11-20')).toEqual({ day, instant: Date.UTC(2026, 10, 20) });
    expect(parseDate('2026-11-20T10:30:00')?.instant).toBe(Date.UTC(2026, 10, 20, 10, 30));
    // The calendar date as written counts for ages, even when the instant is already the next day in UTC.
    expect(parseDate('2026-11-20T23:30:00-05:00')?.day).toBe(day);
    expect(parseDate('2026-12-01')!.day - parseDate('2026-11-20')!.day).toBe(11);
  });

  it('refuses what is not a calendar date', () => {
    for (const text of ['2026-02-31', 'yesterday', '11/20/2026', '', undefined]) expect(parseDate(text)).toBeUndefined();
  });

  it('answers a text read before with the same reading, refused or not, and one that no reader can change', () => {
    for (let round = 0; round < 2; round++) {
      expect(parseDate('2026-02-31')).toBeUndefined();
      expect(parseDate('2026-03-01T12:00:00+02:00')).toEqual({ day: Date.UTC(2026, 2, 1) / 86_400_000, instant: Date.UTC(2026, 2, 1, 10) });
    }
    expect(parseDate('2026-03-01T12:00:00+02:00')).toBe(parseDate('2026-03-01T12:00:00+02:00'));
    expect(Object.isFrozen(parseDate('2026-03-01'))).toBe(true);
    // Past its bound the memory starts over: every date still reads the same.
    for (let i = 0; i < 5000; i++) parseDate(`2026-01-01T00:00:${String(i % 60).padStart(2, '0')}.${i}Z`);
    expect(parseDate('2026-03-01T12:00:00+02:00')?.instant).toBe(Date.UTC(2026, 2, 1, 10));
  });
});
