// RSP v3 Risk Report cadence end to end: the example lab (extends anthropic-rsp-v3) without its research model, judged
// by `rsp-gate check --all` with a current Risk Report, an overdue one and none.
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildExampleRepo } from '../../scripts/example-comment.ts';
import { runCli } from '../../src/cli/cli.ts';
import type { Verdict } from '../../src/engine/types.ts';

const REPORT = 'risk-reports/2026-08-risk-report.md';
let repo: string;
let cleanup: () => void;

function git(...args: string[]): void {
  execFileSync('git', args, { cwd: repo, stdio: 'ignore' });
}

/** Commits the working tree on a branch `name` off `from`, dated at the example's base date, after `edit`. */
function branch(name: string, from: string, edit: () => void): void {
  git('checkout', '-q', '-B', name, from);
  edit();
  git('add', '-A');
  execFileSync('git', ['commit', '-q', '--allow-empty', '-m', name], {
    cwd: repo,
    env: { ...process.env, GIT_AUTHOR_DATE: '2026-11-02T10:00:00Z', GIT_COMMITTER_DATE: '2026-11-02T10:00:00Z' },
  });
}

async function checkAll(head: string): Promise<{ code: number; verdict: Verdict }> {
  let out = '';
  const code = await runCli(['check', '--repo', repo, '--all', '--head', head, '--format', 'json'], {
    stdout: (t) => (out += t),
    stderr: () => {},
    isTTY: false,
    env: {},
  });
  return { code, verdict: JSON.parse(out) as Verdict };
}

const codesOf = (v: Verdict) => [...v.findings, ...v.models.flatMap((m) => m.findings)].map((f) => f.code);

beforeAll(() => {
  ({ repo, cleanup } = buildExampleRepo());
  // The research model's missing evidence would fail the gate on its own: without it, the deployed models decide.
  branch('deployed', 'base', () => {
    rmSync(join(repo, 'models/scout-1s'), { recursive: true });
    rmSync(join(repo, 'evals/scout-1s'), { recursive: true });
  });
  branch('overdue', 'deployed', () => {
    const path = join(repo, REPORT);
    writeFileSync(path, readFileSync(path, 'utf8').replace('date: 2026-08-28', 'date: 2026-04-01'));
  });
  branch('uncovered', 'deployed', () => rmSync(join(repo, REPORT)));
}, 30_000);
afterAll(() => cleanup?.());

describe('a v3-preset model at stage general or limited', () => {
  it('passes with a Risk Report newer than the cadence', async () => {
    const { code, verdict } = await checkAll('deployed');
    expect(verdict.models.map((m) => [m.id, m.conclusion])).toEqual([
      ['atlas-2', 'success'],
      ['frontier-7', 'success'],
    ]);
    expect(codesOf(verdict).filter((c) => c.startsWith('RISK_REPORT'))).toEqual([]);
    expect(verdict.conclusion).toBe('success');
    expect(code).toBe(0);
  });

  it('fails with RISK_REPORT_OVERDUE at the report when its newest report is older than 183 days', async () => {
    const { code, verdict } = await checkAll('overdue');
    expect(code).toBe(1);
    expect(verdict.conclusion).toBe('failure');
    const frontier = verdict.models.find((m) => m.id === 'frontier-7')!;
    expect(frontier.conclusion).toBe('failure');
    expect(frontier.findings).toContainEqual(
      expect.objectContaining({ code: 'RISK_REPORT_OVERDUE', severity: 'error', file: REPORT, line: 4, model: 'frontier-7' }),
    );
  });

  it('fails with RISK_REPORT_MISSING at its model config when no report covers it', async () => {
    const { code, verdict } = await checkAll('uncovered');
    expect(code).toBe(1);
    for (const id of ['atlas-2', 'frontier-7']) {
      const m = verdict.models.find((x) => x.id === id)!;
      expect(m.findings).toContainEqual(
        expect.objectContaining({ code: 'RISK_REPORT_MISSING', severity: 'error', file: `models/${id}/model.yaml`, line: 4 }),
      );
    }
  });
});
