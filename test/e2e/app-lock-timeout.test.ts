// The App when another replica holds a PR for longer than it will wait: the event is not evaluated, and the PR's head
// gets a failure check saying so, so that an older green check is not the last word on a change nobody judged.
import { beforeAll, describe, expect, it } from 'vitest';
import { SharedLockQueue, type LeaseStore } from '../../src/app/shared-lock.ts';
import type { StandIn } from '../stand-in/server.ts';
import { issueCommentEvent, pullRequestEvent } from '../stand-in/webhooks.ts';
import { useAppAgainstStandIn, type AppServer } from './app-server.ts';
import { claimedAtAsl3, pullRequestScenario } from './repo.ts';

let held = false;
/** Leases in memory; while `held`, another replica has every PR. */
const leases = new Map<string, string>();
const store: LeaseStore = {
  acquire: async (key, token) => {
    if (held || leases.has(key)) return false;
    leases.set(key, token);
    return true;
  },
  renew: async (key, token) => leases.get(key) === token,
  release: async (key, token) => void (leases.get(key) === token && leases.delete(key)),
};
// Waiting is simulated: each pause returns at once, and the wait gives up after 30 simulated seconds.
const queue = new SharedLockQueue(store, { retryMs: 1000, maxWaitMs: 30_000, sleep: async () => {} });

const shared = useAppAgainstStandIn({ queue });
let gh: StandIn;
let app: AppServer;
beforeAll(() => ({ gh, app } = shared));

describe('the App when another replica holds the PR too long', { timeout: 120_000 }, () => {
  it('writes a failure check on the head saying the event was not evaluated, over the green one before it', async () => {
    const s = await pullRequestScenario(gh, claimedAtAsl3);
    for (const [author, body] of [
      ['alice', '/rsp attest asl3-classifiers'],
      ['bob', '/rsp attest asl3-egress frontier-7'],
    ] as const) {
      gh.state.addComment({ repo: s.fullName, issueNumber: s.number, body, author });
    }
    await app.send(await pullRequestEvent(gh, { repo: s.fullName, number: s.number, action: 'opened' }));
    expect(gh.state.checkRunsFor(s.fullName, s.head).map((c) => c.conclusion)).toEqual(['success']);

    // bob revokes while another replica holds the PR past the wait: the green check must not stand.
    held = true;
    const revoke = gh.state.addComment({ repo: s.fullName, issueNumber: s.number, body: '/rsp revoke asl3-egress', author: 'bob' });
    expect((await app.send(issueCommentEvent(gh, { commentId: revoke.id, action: 'created' }))).status).toBe(200);
    held = false;

    const checks = gh.state.checkRunsFor(s.fullName, s.head);
    expect(checks.map((c) => c.conclusion)).toEqual(['success', 'failure']);
    expect(checks.at(-1)!.output.summary).toMatch(
      /was not evaluated: another replica held .* for more than 30 s; comment \/rsp evaluate to try again/,
    );
    expect(app.outcomes.at(-1)).toMatchObject({ status: 'failed' });
  });
});
