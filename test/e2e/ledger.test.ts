// The attestation ledger, read back from the JSON report the bundled Action writes (its report-path output).
import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import ajvFormats from 'ajv-formats';
import { beforeAll, describe, expect, it } from 'vitest';
import type { StandIn } from '../stand-in/server.ts';
import { issueCommentEvent } from '../stand-in/webhooks.ts';
import { runGateStep, useActionAgainstStandIn } from './action-runner.ts';
import { claimedAtAsl3, pullRequestScenario } from './repo.ts';
import type { LedgerEntry } from '../../src/engine/ledger.ts';
import { decodeRecord } from '../../src/report/record.ts';
import * as prView from './pr-view.ts';

const ajv = new Ajv2020({ allErrors: true, strict: true });
(ajvFormats as unknown as (a: Ajv2020) => Ajv2020)(ajv);
const validateReport = ajv.compile(JSON.parse(readFileSync('schema/report.schema.json', 'utf8')) as object);

const shared = useActionAgainstStandIn();
let gh: StandIn;
let bundle: { file: string };
beforeAll(() => ({ gh, bundle } = shared));

describe('the JSON report of the Action', { timeout: 120_000 }, () => {
  it('carries what was judged and the ledger of counted and refused attestations, valid against the published schema', async () => {
    const s = await pullRequestScenario(gh, claimedAtAsl3);
    const say = (author: string, body: string) => gh.state.addComment({ repo: s.fullName, issueNumber: s.number, body, author });
    const counted = say('alice', 'Classifiers are live.\n/rsp attest asl3-classifiers');
    const nonOwner = say('mallory', '/rsp attest asl3-egress');
    const edited = say('bob', 'LGTM');
    gh.state.editComment(edited.id, '/rsp attest asl3-egress', 'mallory');
    const stale = say('bob', `/rsp attest asl3-egress frontier-7 fp:${'0'.repeat(20)}`);
    const event = await issueCommentEvent(gh, { commentId: stale.id, action: 'created' });
    const run = await runGateStep(gh, s.fullName, event, { bundle: bundle.file, inputs: {}, sha: s.base });

    expect(run.outputs.conclusion).toBe('action_required');
    const report = JSON.parse(readFileSync(run.outputs['report-path']!, 'utf8'));
    expect(validateReport.errors ?? []).toEqual([]);
    expect(validateReport(report)).toBe(true);
    expect(report).toMatchObject({
      schemaVersion: 2,
      subject: { repository: s.fullName, pullRequest: s.number, baseSha: s.base, headSha: s.head },
      tool: { name: 'rsp-gate' },
      policy: { fingerprint: expect.stringMatching(/^[0-9a-f]{64}$/) },
    });
    const ledger = report.ledger as LedgerEntry[];
    const urlOf = (id: number) => `${gh.url}/${s.fullName}/pull/${s.number}#issuecomment-${id}`;
    expect(ledger.map((e) => [e.user, e.safeguard, e.counted, e.source.url])).toEqual([
      ['alice', 'asl3-classifiers', true, urlOf(counted.id)],
      ['mallory', 'asl3-egress', false, urlOf(nonOwner.id)],
      ['bob', 'asl3-egress', false, urlOf(edited.id)],
      ['bob', 'asl3-egress', false, urlOf(stale.id)],
    ]);
    expect(ledger.map((e) => e.reason)).toEqual([
      undefined,
      'mallory is not one of the owners of asl3-egress (bob)',
      'the comment was edited by mallory, not by its author bob; commands in it do not count (post a new comment)',
      expect.stringMatching(/^it was made for fingerprint 0{20}, the evidence now has [0-9a-f]{20}$/),
    ]);
    expect(ledger[3]!.fingerprint).toBe('0'.repeat(20));

    // The sticky comment carries the same facts, for an audit that reads the PR later.
    const [sticky] = prView.reportComments(gh, s);
    const record = decodeRecord(sticky!.body);
    expect(record).toMatchObject({ conclusion: 'action_required', headSha: s.head, referenceDate: report.referenceDate });
    expect(record!.models).toEqual([{ id: 'frontier-7', declaredLevel: 'ASL-3', requiredLevel: 'ASL-3', conclusion: 'action_required' }]);
    expect(record!.ledger).toEqual(ledger);
  });
});
