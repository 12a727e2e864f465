// `rsp-gate verify` on the report the bundled Action writes for a PR on the stand-in: re-derived from the PR's git
// repository at the recorded commits and time with the recorded ledger, it is identical; a tampered ledger entry is not.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { StandIn } from '../stand-in/server.ts';
import { issueCommentEvent } from '../stand-in/webhooks.ts';
import { runGateStep, useActionAgainstStandIn } from './action-runner.ts';
import { claimedAtAsl3, pullRequestScenario } from './repo.ts';

const shared = useActionAgainstStandIn();
let gh: StandIn;
let bundle: { file: string };
beforeAll(() => ({ gh, bundle } = shared));

function verify(report: string, repo: string): { code: number | null; stdout: string } {
  const run = spawnSync(process.execPath, [join(process.cwd(), 'bin/rsp-gate.js'), 'verify', report, '--repo', repo], {
    encoding: 'utf8',
    env: { PATH: process.env['PATH'] ?? '', COLUMNS: '300' },
  });
  return { code: run.status, stdout: run.stdout };
}

describe('verify on the report of the Action', { timeout: 120_000 }, () => {
  it('says identical for a PR with counted and refused attestations, and shows a ledger entry turned counted', async () => {
    const s = await pullRequestScenario(gh, claimedAtAsl3);
    const say = (author: string, body: string) => gh.state.addComment({ repo: s.fullName, issueNumber: s.number, body, author });
    say('alice', 'Classifiers are live.\n/rsp attest asl3-classifiers');
    say('mallory', '/rsp attest asl3-egress');
    const stale = say('bob', `/rsp attest asl3-egress frontier-7 fp:${'0'.repeat(20)}`);
    const event = await issueCommentEvent(gh, { commentId: stale.id, action: 'created' });
    const run = await runGateStep(gh, s.fullName, event, { bundle: bundle.file, inputs: {}, sha: s.base });
    const path = run.outputs['report-path']!;
    const report = JSON.parse(readFileSync(path, 'utf8'));
    expect(report.ledger.map((e: { counted: boolean }) => e.counted)).toEqual([true, false, false]);

    const same = verify(path, s.repo.dir);
    expect(same.stdout).toMatch(/^identical: /);
    expect(same.code).toBe(0);

    // The non-owner's refused attestation, edited to look counted.
    const mallory = report.ledger.find((e: { user: string }) => e.user === 'mallory');
    mallory.counted = true;
    delete mallory.reason;
    const tampered = join(s.repo.dir, '..', `tampered-${s.name}.json`);
    writeFileSync(tampered, JSON.stringify(report));
    const differs = verify(tampered, s.repo.dir);
    expect(differs.code).toBe(1);
    expect(differs.stdout).toContain('models[frontier-7].safeguards[asl3-egress].status: recorded "pending", re-derived "attested"');
  });
});
