// The pull-request scenarios of test/cases/pull-requests.ts, played through the Probot App: a real HTTP server taking
// signed webhooks, against the GitHub stand-in. Each webhook is answered at once; `send` waits for the evaluations it
// queued, then the player reads what GitHub would show. The Action's suite plays the same table.
import { beforeAll, describe, expect, it } from 'vitest';
import { PR_SCENARIOS } from '../cases/pull-requests.ts';
import type { StandIn } from '../stand-in/server.ts';
import { issueCommentEvent, pullRequestEvent } from '../stand-in/webhooks.ts';
import { useAppAgainstStandIn, type AppServer } from './app-server.ts';
import { playScenario, type GateUnderTest } from './play-scenario.ts';
import * as prView from './pr-view.ts';
import { crossedResult, pullRequestScenario } from './repo.ts';

const shared = useAppAgainstStandIn();
let gh: StandIn;
let app: AppServer;
beforeAll(() => ({ gh, app } = shared));

const viaApp: GateUnderTest = {
  async run(_s, event) {
    expect((await app.send(event)).status).toBe(200);
    // The App reports through GitHub only: the check and the comment are what the player reads.
    return undefined;
  },
};

describe('the pull-request scenarios, through the App', { timeout: 120_000 }, () => {
  it.each(PR_SCENARIOS)('$name', (scenario) => playScenario(gh, scenario, viaApp));
});

describe('what only the App shows', { timeout: 120_000 }, () => {
  it('links the check to the comment it summarises, and writes it as the App', async () => {
    const s = await pullRequestScenario(gh, crossedResult);
    await app.send(await pullRequestEvent(gh, { repo: s.fullName, number: s.number, action: 'opened' }));
    const [report] = prView.reportComments(gh, s);
    expect(report!.author.login).toBe('rsp-gate[bot]');
    const check = gh.state.checkRunsFor(s.fullName, s.head)[0]!;
    expect([check.app.slug, check.detailsUrl]).toEqual(['rsp-gate', expect.stringContaining(`#issuecomment-${report!.id}`)]);
    expect(app.outcomes.at(-1)).toMatchObject({ status: 'evaluated', headSha: s.head, verdict: { conclusion: 'failure' } });
  });

  it('puts a re-evaluation on the PR head when the default branch has moved on to a commit of its own', async () => {
    const s = await pullRequestScenario(gh, crossedResult);
    const tip = await s.repo.commit({ 'README.md': '# models\n\nDocs.\n' }, 'docs on main', '2026-01-05T10:00:00Z');
    const ask = gh.state.addComment({ repo: s.fullName, issueNumber: s.number, body: '/rsp evaluate', author: 'jordan' });
    await app.send(issueCommentEvent(gh, { commentId: ask.id, action: 'created' }));
    expect(gh.state.checkRunsFor(s.fullName).map((c) => [c.headSha, c.conclusion])).toEqual([[s.head, 'failure']]);
    expect(gh.state.checkRunsFor(s.fullName, tip)).toHaveLength(0);
  });
});
