import { describe, expect, it } from 'vitest';
import { configFromEnv } from '../../../src/app/config.ts';
import { commentEventMatters, touchesPolicy } from '../../../src/app/index.ts';
import { KeyedQueue } from '../../../src/app/queue.ts';

describe('the per-PR queue', () => {
  it('runs tasks of one key one after another and tasks of different keys side by side', async () => {
    const queue = new KeyedQueue();
    const log: string[] = [];
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const first = queue.run('pr#1', async () => {
      log.push('1a start');
      await gate;
      log.push('1a end');
    });
    const second = queue.run('pr#1', async () => void log.push('1b'));
    const other = queue.run('pr#2', async () => void log.push('2'));
    await other;
    expect(log).toEqual(['1a start', '2']);
    release();
    await Promise.all([first, second]);
    expect(log).toEqual(['1a start', '2', '1a end', '1b']);
  });

  it('keeps going after a failed task and reports idle once all are done', async () => {
    const queue = new KeyedQueue();
    const failed = queue.run('k', async () => {
      throw new Error('boom');
    });
    const next = queue.run('k', async () => 'ran');
    await expect(failed).rejects.toThrow('boom');
    await expect(next).resolves.toBe('ran');
    await queue.idle();
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

describe('the App configuration', () => {
  it('reads RSP_GATE_* and refuses values it does not know', () => {
    expect(configFromEnv({})).toEqual({ checkName: 'rsp-gate', comment: 'auto', report: 'check' });
    expect(configFromEnv({ RSP_GATE_CHECK_NAME: 'rsp', RSP_GATE_COMMENT: 'never', RSP_GATE_REPORT: 'both', RSP_GATE_POLICY_PATH: 'p.yml' })).toEqual({
      checkName: 'rsp',
      comment: 'never',
      report: 'both',
      policyPath: 'p.yml',
    });
    expect(() => configFromEnv({ RSP_GATE_REPORT: 'email' })).toThrow('RSP_GATE_REPORT must be one of check, status, both, not "email"');
  });
});

describe('a comment event', () => {
  const event = (action: string, sender: string, type: string, author: string) => ({ action, sender: { login: sender, type }, comment: { user: { login: author } } });

  it("is skipped for a bot's new comment or its edit of its own, and evaluated when a bot edits or deletes a person's", () => {
    expect(commentEventMatters(event('created', 'alice', 'User', 'alice'))).toBe(true);
    expect(commentEventMatters(event('created', 'rsp-gate[bot]', 'Bot', 'rsp-gate[bot]'))).toBe(false);
    expect(commentEventMatters(event('edited', 'rsp-gate[bot]', 'Bot', 'rsp-gate[bot]'))).toBe(false);
    expect(commentEventMatters(event('deleted', 'rsp-gate[bot]', 'Bot', 'rsp-gate[bot]'))).toBe(false);
    // An attestation taken away by another app must not leave the check green.
    expect(commentEventMatters(event('deleted', 'cleanup[bot]', 'Bot', 'sam-sec'))).toBe(true);
    expect(commentEventMatters(event('edited', 'cleanup[bot]', 'Bot', 'sam-sec'))).toBe(true);
  });
});
