// `rsp-gate check --at`: the published command judges as of a given time, records it in the report, and reproduces a
// recorded verdict exactly from that record; without --at it judges as of now.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildExampleRepo, EXAMPLE_TIME } from '../../scripts/example-comment.ts';

const BIN = join(process.cwd(), 'bin/rsp-gate.js');

function rspGate(args: string[]): { code: number | null; stdout: string; stderr: string } {
  const { status, stdout, stderr } = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env: { PATH: process.env['PATH'] ?? '' } });
  return { code: status, stdout, stderr };
}

interface Report {
  conclusion: string;
  referenceDate: string;
  findings: Array<{ code: string }>;
  models: Array<{ id: string; findings: Array<{ code: string }> }>;
}

let example: { repo: string; cleanup: () => void };
beforeAll(() => {
  example = buildExampleRepo();
});
afterAll(() => example.cleanup());

const checkJson = (...extra: string[]) => rspGate(['check', '--repo', example.repo, '--base', 'base', '--head', 'head', '--format', 'json', ...extra]);
const codes = (r: Report) => [...r.findings, ...r.models.flatMap((m) => m.findings)].map((f) => f.code);

describe('check --at', () => {
  it('records the time it judged as of, and reproduces the verdict exactly from that record', () => {
    const first = checkJson('--at', EXAMPLE_TIME);
    const report = JSON.parse(first.stdout) as Report;
    expect(report.referenceDate).toBe('2026-11-20T16:30:00.000Z');
    expect(report.conclusion).toBe('action_required');
    const again = checkJson('--at', report.referenceDate);
    expect(again).toEqual(first);
  });

  it('judges the same commits differently once their evidence has expired', () => {
    const later = JSON.parse(checkJson('--at', '2027-08-01').stdout) as Report;
    expect(later.referenceDate).toBe('2027-08-01T00:00:00.000Z');
    expect(codes(later)).toContain('STALE_EVIDENCE');
    expect(later.conclusion).toBe('failure');
    expect(codes(JSON.parse(checkJson('--at', EXAMPLE_TIME).stdout) as Report)).not.toContain('STALE_EVIDENCE');
  });

  it('judges as of now without it', () => {
    const before = Date.now();
    const report = JSON.parse(checkJson().stdout) as Report;
    const at = Date.parse(report.referenceDate);
    expect(at).toBeGreaterThanOrEqual(Math.floor(before / 1000) * 1000);
    expect(at).toBeLessThanOrEqual(Date.now());
  });

  it('refuses a time it cannot read, as a usage error', () => {
    const run = checkJson('--at', 'last tuesday');
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--at must be an ISO 8601 date or date-time');
  });
});
