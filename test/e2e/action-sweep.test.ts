// The bundled Action sweeping every open PR: on a schedule, on a dispatch that names no PR, and on a policy push to
// the default branch. Verdicts age: a PR whose evidence expired turns to failure with nobody touching it, and a
// tightened policy on the base branch's tip judges PRs whose recorded base SHA still has the old one.
import { beforeAll, describe, expect, it } from 'vitest';
import type { StandIn } from '../stand-in/server.ts';
import { pushEvent, scheduleEvent, workflowDispatchEvent, type WebhookEvent } from '../stand-in/webhooks.ts';
import { runGateStep, type ActionRun, useActionAgainstStandIn } from './action-runner.ts';
import { openPulls, type OpenPulls } from './open-pulls.ts';

const shared = useActionAgainstStandIn();
let gh: StandIn;
let bundle: { file: string };
beforeAll(() => ({ gh, bundle } = shared));

function run(p: OpenPulls, event: WebhookEvent, inputs: Record<string, string> = {}, sha?: string): Promise<ActionRun> {
  return runGateStep(gh, p.fullName, event, { bundle: bundle.file, inputs, ...(sha === undefined ? {} : { sha }) });
}

const nightly = scheduleEvent({ cron: '17 6 * * *' });
const reportOn = (p: OpenPulls, number: number) =>
  gh.state.commentsOn(p.fullName, number).find((c) => c.body.startsWith('<!-- rsp-gate:report -->'))?.body ?? '';

describe('a scheduled run', () => {
  it('evaluates every open PR again, and one whose evidence expired since turns from green to failure', async () => {
    const p = await openPulls(gh, 2);
    const first = await run(p, nightly);
    expect(first.code).toBe(0);
    expect(p.conclusions()).toEqual({ 7: 'success', 8: 'success' });

    // Nothing was pushed or commented; only time passed: the result of 2026-01-02 is older than 180 days on 2026-08-01.
    const later = await run(p, nightly, { 'evaluate-as-of': '2026-08-01' });
    // The verdicts are in the checks; the scheduled run itself is not red because PRs are not ready.
    expect(later.code).toBe(0);
    expect(later.stdout).toContain('rsp-gate: pull request #7');
    expect(later.stdout).toContain('rsp-gate: pull request #8');
    expect(p.conclusions()).toEqual({ 7: 'failure', 8: 'failure' });
    for (const number of p.numbers) {
      expect(reportOn(p, number)).toContain('STALE_EVIDENCE');
      // The report records when it was judged: check --at with it gives the same verdict.
      expect(reportOn(p, number)).toContain('reference date 2026-08-01T00:00:00.000Z');
      expect(gh.state.commentsOn(p.fullName, number)).toHaveLength(1);
    }
  });
});

describe('a dispatch that names no PR', () => {
  it('sweeps every open PR with one listing and then a cost per PR that does not grow with their number', async () => {
    const requestsFor = async (count: number) => {
      const p = await openPulls(gh, count);
      gh.reset();
      const result = await run(p, workflowDispatchEvent(gh, { repo: p.fullName, sender: 'jordan' }));
      expect(result.code).toBe(0);
      expect(Object.values(p.conclusions())).toEqual(Array(count).fill('success'));
      expect(gh.requests.filter((r) => r.operationId === 'pulls/list')).toHaveLength(1);
      return gh.requests.length;
    };
    const one = await requestsFor(1);
    const four = await requestsFor(4);
    // One listing, then the same requests for each PR.
    expect(four - 1).toBe(4 * (one - 1));
  });
});

describe('a push to the default branch that tightens the policy', () => {
  it("re-evaluates every open PR by the policy at the branch's tip, though GitHub still records the old base SHA", async () => {
    const p = await openPulls(gh, 2);
    await run(p, nightly);
    expect(p.conclusions()).toEqual({ 7: 'success', 8: 'success' });

    const tip = await p.tightenPolicy();
    const push = await pushEvent(gh, { repo: p.fullName, ref: 'refs/heads/main', before: p.base, after: tip, pusher: 'jordan' });
    const result = await run(p, push, {}, tip);
    expect(result.code).toBe(0);
    for (const number of p.numbers) expect(gh.state.pullRequest(p.fullName, number)!.base.sha).toBe(p.base);
    // 0.30 is below the old threshold (0.65) and above the new one (0.25): frontier-7 now needs ASL-3.
    expect(p.conclusions()).toEqual({ 7: 'failure', 8: 'failure' });
    for (const number of p.numbers) {
      expect(reportOn(p, number)).toContain('frontier-7 needs ASL-3 but declares ASL-2');
      // The PR carries the old policy text without changing it: no approval is asked of it.
      expect(reportOn(p, number)).not.toContain('POLICY_CHANGE_UNAPPROVED');
    }
  });
});
