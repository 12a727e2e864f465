// The bundled Action writes the status page on a push to the default branch when its status-page input asks for it:
// the page at the status-page-path output, a digest in the job summary; without the input, or on another branch, not.
import { existsSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStandIn, type StandIn } from '../stand-in/server.ts';
import { pushEvent } from '../stand-in/webhooks.ts';
import { bundleAction, runGateStep } from './action-runner.ts';
import { crossedResult, pullRequestScenario } from './repo.ts';

let gh: StandIn;
let bundle: { file: string; remove(): Promise<void> };

beforeAll(async () => {
  [gh, bundle] = await Promise.all([startStandIn(), bundleAction()]);
});

afterAll(async () => {
  expect(gh.invalidRequests().map((r) => `${r.method} ${r.path}: ${r.invalid}`)).toEqual([]);
  await Promise.all([gh.close(), bundle.remove()]);
});

async function pushToMain(ref = 'refs/heads/main') {
  const s = await pullRequestScenario(gh, crossedResult);
  const after = await s.repo.commit({ 'README.md': 'docs\n' }, 'docs', '2026-01-05T10:30:00Z');
  return { s, after, event: await pushEvent(gh, { repo: s.fullName, ref, before: s.base, after, pusher: 'jordan' }) };
}

describe('the status page from the Action', () => {
  it('writes the page and its digest on a push to the default branch', async () => {
    const { s, after, event } = await pushToMain();
    const result = await runGateStep(gh, s.fullName, event, { bundle: bundle.file, inputs: { 'status-page': 'true' }, sha: after });
    expect(result.code).toBe(0);
    const file = result.outputs['status-page-path']!;
    expect(existsSync(file)).toBe(true);
    const html = readFileSync(file, 'utf8');
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).toContain('id="model-frontier-7"');
    expect(result.summary).toContain('### rsp-gate status:');
    expect(result.summary).toMatch(/\| frontier-7 \|/);
    expect(result.summary).toContain(file);
    // The push leaves the policy alone: no pull request is evaluated again.
    expect(result.outputs.conclusion).toBe('skipped');
  });

  it('writes the page on a schedule, of the commit the workflow runs on', async () => {
    const { s, after, event } = await pushToMain();
    const schedule = {
      name: 'schedule',
      payload: { schedule: '0 6 * * 1', repository: (event.payload as { repository: unknown }).repository },
    };
    const result = await runGateStep(gh, s.fullName, schedule, { bundle: bundle.file, inputs: { 'status-page': 'true' }, sha: after });
    expect(result.code).toBe(0);
    expect(readFileSync(result.outputs['status-page-path']!, 'utf8')).toContain('id="model-frontier-7"');
    expect(result.summary).toContain(after.slice(0, 12));
  });

  it('writes nothing without the input, or for a push to another branch', async () => {
    const plain = await pushToMain();
    const without = await runGateStep(gh, plain.s.fullName, plain.event, { bundle: bundle.file, inputs: {}, sha: plain.after });
    expect(without.outputs['status-page-path']).toBeUndefined();
    const other = await pushToMain('refs/heads/feature');
    const elsewhere = await runGateStep(gh, other.s.fullName, other.event, {
      bundle: bundle.file,
      inputs: { 'status-page': 'true' },
      sha: other.after,
    });
    expect(elsewhere.outputs['status-page-path']).toBeUndefined();
    expect(elsewhere.summary).toBe('');
  });

  it('refuses a status-page input that is neither true nor false', async () => {
    const { s, after, event } = await pushToMain();
    const result = await runGateStep(gh, s.fullName, event, { bundle: bundle.file, inputs: { 'status-page': 'yes' }, sha: after });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('input status-page must be true or false, not "yes"');
  });
});
