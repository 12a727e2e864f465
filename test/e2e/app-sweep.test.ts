// The App's own schedule: every open PR of every repository it is installed on evaluated again, one after another
// through the per-PR queue, with an injected timer and clock (in this process) and as `npm start` runs it (a sweep at
// start). A PR whose evidence expired turns to failure with nobody touching it; a policy push judges every open PR by
// the policy at the base branch's tip.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appPrivateKey } from '../stand-in/app-auth.ts';
import { startStandIn, type StandIn } from '../stand-in/server.ts';
import { pushEvent } from '../stand-in/webhooks.ts';
import { startAppProcess, until } from './app-process.ts';
import { APP_ID, startAppServer, type AppServer } from './app-server.ts';
import { openPulls, type OpenPulls } from './open-pulls.ts';
import { EVALUATED_AT } from './repo.ts';

let gh: StandIn;
let minute = 0;

beforeAll(async () => {
  gh = await startStandIn({ app: { id: APP_ID, privateKey: appPrivateKey() } });
  gh.state.clock = () => new Date(Date.UTC(2026, 0, 5, 12, minute++));
});

afterAll(async () => {
  expect(gh.invalidRequests().map((r) => `${r.method} ${r.path}: ${r.invalid}`)).toEqual([]);
  expect(gh.requests.filter((r) => r.responseProblem).map((r) => r.responseProblem)).toEqual([]);
  await gh.close();
});

const reportOn = (p: OpenPulls, number: number) =>
  gh.state.commentsOn(p.fullName, number).find((c) => c.body.startsWith('<!-- rsp-gate:report -->'))?.body ?? '';

describe('the App with a sweep timer and a clock injected', () => {
  let app: AppServer;
  let now = EVALUATED_AT;
  let sweep: () => Promise<void> = () => Promise.reject(new Error('the App did not start its sweep timer'));

  beforeAll(async () => {
    app = await startAppServer(gh, { clock: () => new Date(now), sweepTimer: (start) => void (sweep = start) });
  });
  afterAll(() => app.close());

  it('evaluates every open PR on each sweep, and one whose evidence expired since turns from green to failure', async () => {
    const p = await openPulls(gh, 2);
    now = EVALUATED_AT;
    await sweep();
    expect(p.conclusions()).toEqual({ 7: 'success', 8: 'success' });

    // Only time passed: on 2026-08-01 the result of 2026-01-02 is older than the policy's 180 days.
    now = '2026-08-01T00:00:00.000Z';
    const before = gh.requests.length;
    await sweep();
    expect(p.conclusions()).toEqual({ 7: 'failure', 8: 'failure' });
    for (const number of p.numbers) {
      expect(reportOn(p, number)).toContain('STALE_EVIDENCE');
      expect(reportOn(p, number)).toContain('reference date 2026-08-01T00:00:00.000Z');
    }
    // One listing of the installations, of their repositories, and of each repository's open PRs.
    const sweepRequests = gh.requests.slice(before);
    expect(sweepRequests.filter((r) => r.operationId === 'apps/list-installations')).toHaveLength(1);
    expect(sweepRequests.filter((r) => r.operationId === 'apps/list-repos-accessible-to-installation')).toHaveLength(1);
    expect(sweepRequests.filter((r) => r.operationId === 'pulls/list')).toHaveLength(gh.state.repos.size);
  });

  it("re-evaluates every open PR on a policy push, by the policy at the branch's tip", async () => {
    now = EVALUATED_AT;
    const p = await openPulls(gh, 2);
    await sweep();
    expect(p.conclusions()).toEqual({ 7: 'success', 8: 'success' });

    const tip = await p.tightenPolicy();
    await app.send(await pushEvent(gh, { repo: p.fullName, ref: 'refs/heads/main', before: p.base, after: tip, pusher: 'jordan' }));
    for (const number of p.numbers) expect(gh.state.pullRequest(p.fullName, number)!.base.sha).toBe(p.base);
    expect(p.conclusions()).toEqual({ 7: 'failure', 8: 'failure' });
    for (const number of p.numbers) expect(reportOn(p, number)).toContain('frontier-7 needs ASL-3 but declares ASL-2');
  });
});

describe('the App as npm start runs it, with RSP_GATE_SWEEP_INTERVAL', () => {
  it('sweeps when it starts: a PR green yesterday is failure once its evidence expired', async () => {
    const p = await openPulls(gh, 2);
    // Done when every PR has its check and the report (written after the check) as of the App's time.
    const swept = (conclusion: string, at: string) => () =>
      Object.values(p.conclusions()).every((c) => c === conclusion) && p.numbers.every((n) => reportOn(p, n).includes(`reference date ${at}`));
    const first = await startAppProcess(gh, { RSP_GATE_SWEEP_INTERVAL: '1440' });
    try {
      await until(swept('success', EVALUATED_AT), 60_000, first.output);
    } finally {
      first.stop();
    }
    // Started again months later (as of a later time): its first sweep finds the evidence expired.
    const later = await startAppProcess(gh, { RSP_GATE_SWEEP_INTERVAL: '1440', RSP_GATE_EVALUATE_AS_OF: '2026-08-01' });
    try {
      await until(swept('failure', '2026-08-01T00:00:00.000Z'), 60_000, later.output);
    } finally {
      later.stop();
    }
    for (const number of p.numbers) expect(reportOn(p, number)).toContain('STALE_EVIDENCE');
  });
});
