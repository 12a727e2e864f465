import { describe, expect, it } from 'vitest';
import { touchesPolicy, translateEvent } from '../../../src/run/event.ts';
import { DEFAULT_SETTINGS } from '../../../src/run/settings.ts';
import { EVENT_CASES } from '../../cases/events.ts';

describe('from a GitHub event to a gate run', () => {
  it.each(EVENT_CASES)('$name', ({ event, payload, pullRequestInput, expected }) => {
    const settings = { ...DEFAULT_SETTINGS, ...(pullRequestInput === undefined ? {} : { pullRequestInput }) };
    expect(translateEvent(event, payload, settings)).toEqual(expected);
  });
});

describe('a push to the default branch', () => {
  it('counts as a policy change when a commit touches the policy, or when GitHub shortened the commit list', () => {
    const policy = '.github/rsp-policy.yml';
    expect(touchesPolicy({ commits: [{ modified: ['README.md'] }] }, policy)).toBe(false);
    expect(touchesPolicy({ commits: [{ modified: ['README.md'] }, { removed: [policy] }] }, policy)).toBe(true);
    expect(touchesPolicy({ forced: true, commits: [] }, policy)).toBe(true);
    expect(touchesPolicy({ commits: Array.from({ length: 20 }, () => ({ added: ['x'] })) }, policy)).toBe(true);
  });
});
