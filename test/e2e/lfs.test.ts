// Evidence stored in Git LFS, read by the bundled Action and by the App through the stand-in's LFS server: an Inspect
// .eval by range (a small part of it travels), an lm-eval log as a stream, and a missing object failing closed.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Verdict } from '../../src/engine/types.ts';
import { pullRequestEvent } from '../stand-in/webhooks.ts';
import { lfsOid, lfsPointerText, storeLfsObject } from '../support/lfs.ts';
import { STORED, writeZip } from '../support/zip-writer.ts';
import { runGateStep, type ActionRun } from './action-runner.ts';
import { useBothAdaptersAgainstStandIn } from './app-server.ts';
import * as prView from './pr-view.ts';
import { pullRequestScenario, type PullRequestScenario } from './repo.ts';

const both = useBothAdaptersAgainstStandIn();

const EVIDENCE = new URL('../fixtures/evidence/', import.meta.url);
const EVAL_PATH = 'evals/frontier-7/wmdp-2026-01-03.eval';
const LM_EVAL_PATH = 'evals/frontier-7/lm-eval-2026-01-03.json';

/** A finished Inspect run of frontier-7 on wmdp_bio (accuracy 0.7125 ± 0.0107: crossed the 0.65 threshold), 12 MB of samples. */
function inspectLog(): Uint8Array {
  const header = readFileSync(new URL('inspect/wmdp-bio.json', EVIDENCE), 'utf8')
    .replace(/"samples": \[[\s\S]*\],\n {2}"reductions"/, '"reductions"')
    .replaceAll('openai/gpt-4o', 'acme/frontier-7')
    .replaceAll('inspect_evals/wmdp_bio', 'wmdp_bio')
    .replaceAll('2026-11-18', '2026-01-03')
    .replace('"value": 0.0507', '"value": 0.0107');
  const samples = new Uint8Array(12 << 20);
  for (let i = 0; i < samples.length; i++) samples[i] = (i * 7919) % 251;
  return writeZip([
    { name: '_journal/start.json', data: '{}' },
    { name: 'samples/1_epoch_1.json', data: samples, method: STORED },
    { name: 'header.json', data: header },
  ]).bytes;
}

/** An lm-eval results file for frontier-7 on wmdp_bio, 9 MB with its environment report: streamed. */
function lmEvalLog(accuracy: number, day: number): Uint8Array {
  const doc = {
    results: { wmdp_bio: { alias: 'wmdp_bio', 'accuracy,none': accuracy, 'accuracy_stderr,none': 0.01 } },
    'n-samples': { wmdp_bio: { original: 1273, effective: 1273 } },
    config: { model: 'hf', model_args: 'pretrained=acme/frontier-7' },
    model_name: 'acme/frontier-7',
    date: Date.UTC(2026, 0, day) / 1000,
    pretty_env_info: 'x'.repeat(9 << 20),
  };
  return new TextEncoder().encode(JSON.stringify(doc, null, 2));
}

// Each run's verdict shows one log's value: the Action's the .eval's (the lm-eval result rules out nothing), the App's
// the lm-eval's (crossed too, and a day fresher).
const logs = {
  action: { inspect: inspectLog(), lmEval: lmEvalLog(0.6, 3) },
  app: { inspect: inspectLog(), lmEval: lmEvalLog(0.8, 4) },
};
let inspect: Uint8Array;
let lmEval: Uint8Array;

/** A PR adding the two logs as LFS pointers, with their objects on the server unless left out. */
async function lfsScenario(objects: { inspect: boolean; lmEval: boolean }): Promise<PullRequestScenario> {
  const s = await pullRequestScenario(both.gh, { [EVAL_PATH]: lfsPointerText(inspect), [LM_EVAL_PATH]: lfsPointerText(lmEval) });
  if (objects.inspect) await storeLfsObject(s.repo.dir, inspect);
  if (objects.lmEval) await storeLfsObject(s.repo.dir, lmEval);
  return s;
}

function runActionOn(s: PullRequestScenario, event: Awaited<ReturnType<typeof pullRequestEvent>>): Promise<ActionRun> {
  return runGateStep(both.gh, s.fullName, event, { bundle: both.bundle.file, serverUrl: both.gh.url });
}

/** The LFS traffic of one evaluation: batch requests, and the bytes downloaded per object. */
function lfsTraffic(since: number) {
  const requests = both.gh.requests.slice(since);
  const batches = requests.filter((r) => r.operationId === 'lfs/batch');
  const bytes = (oid: string) =>
    requests.filter((r) => r.operationId === 'lfs/download' && r.path.endsWith(oid)).reduce((sum, r) => sum + r.responseBytes, 0);
  return { batches, bytes, ranges: requests.filter((r) => r.operationId === 'lfs/download').map((r) => r.headers.range) };
}

/** `evidence`: the value and the file that decided the capability, from the verdict. */
function expectBothLogsRead(
  report: string,
  traffic: ReturnType<typeof lfsTraffic>,
  evidence: unknown,
  decided: { value: number; file: string },
): void {
  // One batch for both pointers, authenticated as the run's identity.
  expect(traffic.batches).toHaveLength(1);
  expect((traffic.batches[0]!.body as { objects: unknown[] }).objects).toHaveLength(2);
  // The .eval by range: a small fraction of its 12 MB; the lm-eval log streamed whole.
  expect(traffic.bytes(lfsOid(inspect))).toBeGreaterThan(0);
  expect(traffic.bytes(lfsOid(inspect))).toBeLessThan(inspect.byteLength / 20);
  // (and the 512 bytes its format is told from, asked for first)
  expect(traffic.bytes(lfsOid(lmEval))).toBe(lmEval.byteLength + 512);
  expect(evidence).toMatchObject([{ eval: 'wmdp-bio', metric: 'accuracy', status: 'crossed', ...decided }]);
  expect(report).toContain('DECLARED_LEVEL_TOO_LOW');
  expect(report).not.toMatch(/PARSE_ERROR|LFS_OBJECT_MISSING|UNREAD_FILE/);
}

describe('evidence in Git LFS, read by the Action', { timeout: 120_000 }, () => {
  beforeAll(() => ({ inspect, lmEval } = logs.action));

  it('reads an Inspect .eval by range and an lm-eval log as a stream through the LFS batch API', async () => {
    const s = await lfsScenario({ inspect: true, lmEval: true });
    const since = both.gh.requests.length;
    const result = await runActionOn(s, await pullRequestEvent(both.gh, { repo: s.fullName, number: s.number, action: 'opened' }));
    expect(result.code).toBe(1);
    expect(result.outputs).toMatchObject({ conclusion: 'failure', 'required-level': 'ASL-3' });
    const traffic = lfsTraffic(since);
    expect(traffic.batches[0]!.caller).toBe('github-actions[bot]');
    const report = JSON.parse(readFileSync(result.outputs['report-path']!, 'utf8')) as Verdict;
    expectBothLogsRead(prView.reportComments(both.gh, s)[0]!.body, traffic, report.models[0]!.capabilities[0]!.evidence, {
      value: 0.7125,
      file: EVAL_PATH,
    });
  });

  it('fails closed, naming the file, when an LFS object is missing from the server', async () => {
    const s = await lfsScenario({ inspect: false, lmEval: true });
    const result = await runActionOn(s, await pullRequestEvent(both.gh, { repo: s.fullName, number: s.number, action: 'opened' }));
    expect(result.code).toBe(1);
    expect(result.outputs.conclusion).toBe('failure');
    const check = both.gh.state.checkRunsFor(s.fullName, s.head).at(-1)!;
    expect(check.conclusion).toBe('failure');
    expect(check.annotations.map((a) => `${a.annotation_level} ${a.path}`)).toContain(`failure ${EVAL_PATH}`);
    const comment = prView.reportComments(both.gh, s)[0]!.body;
    expect(comment).toContain('LFS_OBJECT_MISSING');
    expect(comment).toContain('Object does not exist on the server');
  });
});

describe('evidence in Git LFS, read by the App', { timeout: 120_000 }, () => {
  beforeAll(() => ({ inspect, lmEval } = logs.app));

  it('reads both logs with its installation token on the Enterprise host, and fails closed on a missing object', async () => {
    const s = await lfsScenario({ inspect: true, lmEval: true });
    const since = both.gh.requests.length;
    expect((await both.app.send(await pullRequestEvent(both.gh, { repo: s.fullName, number: s.number, action: 'opened' }))).status).toBe(
      200,
    );
    expect(both.gh.state.checkRunsFor(s.fullName, s.head).at(-1)!.conclusion).toBe('failure');
    const traffic = lfsTraffic(since);
    expect(traffic.batches[0]!.caller).toBe('rsp-gate[bot]');
    const verdict = both.app.outcomes.at(-1)!.verdict!;
    expectBothLogsRead(prView.reportComments(both.gh, s)[0]!.body, traffic, verdict.models[0]!.capabilities[0]!.evidence, {
      value: 0.8,
      file: LM_EVAL_PATH,
    });

    const missing = await lfsScenario({ inspect: true, lmEval: false });
    await both.app.send(await pullRequestEvent(both.gh, { repo: missing.fullName, number: missing.number, action: 'opened' }));
    const check = both.gh.state.checkRunsFor(missing.fullName, missing.head).at(-1)!;
    expect(check.conclusion).toBe('failure');
    expect(check.annotations.map((a) => a.path)).toContain(LM_EVAL_PATH);
    expect(prView.reportComments(both.gh, missing)[0]!.body).toContain('LFS_OBJECT_MISSING');
  });
});
