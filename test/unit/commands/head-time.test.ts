// When the PR head became the head: the later of its first check suite and the last force push to it.
import { describe, expect, it } from 'vitest';
import { latestTime } from '../../../src/run/pull-request.ts';

describe('the time the head became the PR head', () => {
  it('is the later of the earliest check suite and the last force push to the head', () => {
    expect(latestTime('2026-01-05T10:00:00Z', '2026-01-05T12:00:00Z')).toBe('2026-01-05T12:00:00Z');
    expect(latestTime('2026-01-05T12:00:00Z', '2026-01-05T10:00:00Z')).toBe('2026-01-05T12:00:00Z');
  });

  it('is the force push alone when the head has no suite, the suite alone without a force push, and unknown without either', () => {
    expect(latestTime(null, '2026-01-05T12:00:00Z')).toBe('2026-01-05T12:00:00Z');
    expect(latestTime('2026-01-05T10:00:00Z', null)).toBe('2026-01-05T10:00:00Z');
    expect(latestTime(null, null)).toBeNull();
  });
});
