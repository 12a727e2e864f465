// `rsp-gate verify` through the published command (bin/rsp-gate.js loading the bundled dist/cli.js under Node 24): the
// example's reports re-derive identically, and a tampered report, result file or ledger entry shows what differs.
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildExampleRepo } from '../../scripts/example-comment.ts';
import { VerdictSchema } from '../../src/engine/verdict.ts';
import { EXAMPLE_OWNERS, EXAMPLE_TEAMS } from './example-owners.ts';

const BIN = join(process.cwd(), 'bin/rsp-gate.js');

let example: { repo: string; cleanup: () => void };
let dir: string;
beforeAll(() => {
  example = buildExampleRepo();
  dir = join(example.repo, '..');
});
afterAll(() => example.cleanup());

function rspGate(...args: string[]): { code: number | null; stdout: string; stderr: string } {
  const run = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env: { PATH: process.env['PATH'] ?? '', COLUMNS: '200' } });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** A report written by check, kept as a file, as an auditor receives it. */
function reportFile(name: string, ...args: string[]): string {
  const path = join(dir, name);
  writeFileSync(path, rspGate('check', '--repo', example.repo, '--format', 'json', ...args).stdout);
  return path;
}

function verify(path: string) {
  return rspGate('verify', path, '--repo', example.repo);
}

function edit(path: string, change: (json: Record<string, any>) => void): string {
  const json = JSON.parse(readFileSync(path, 'utf8'));
  change(json);
  const tampered = path.replace(/\.json$/, '-tampered.json');
  writeFileSync(tampered, JSON.stringify(json, null, 2));
  return tampered;
}

/** The example PR made green by its owners, with one refused attestation: a report whose ledger has both kinds. */
function greenReport(): string {
  writeFileSync(join(dir, 'teams.yml'), JSON.stringify(EXAMPLE_TEAMS));
  writeFileSync(
    join(dir, 'comments.yml'),
    '- { author: rso-jordan, body: /rsp approve-assessment frontier-8 }\n- { author: mallory, body: /rsp attest asl3-monitoring }\n',
  );

  const attests = Object.entries(EXAMPLE_OWNERS).flatMap(([safeguard, user]) => ['--attest', `${user}:${safeguard}`]);
  const args = ['--base', 'base', '--head', 'head', '--teams', join(dir, 'teams.yml'), '--comments', join(dir, 'comments.yml'), ...attests];
  return reportFile('green.json', ...args);
}

describe('verify on the reports check writes', () => {
  it('says identical for the example PR and for a whole-repository snapshot', () => {
    for (const path of [reportFile('pr.json', '--base', 'base', '--head', 'head'), reportFile('all.json', '--all', '--head', 'head')]) {
      const run = verify(path);
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
      expect(run.stdout).toMatch(/^identical: .* re-derives from [0-9a-f]{12}\.\.[0-9a-f]{12} as of \d{4}-\d\d-\d\dT/);
    }
  });

  it('says identical for a green report whose ledger holds counted and refused attestations', () => {
    const path = greenReport();
    const { report } = JSON.parse(readFileSync(path, 'utf8'));
    expect(VerdictSchema.parse(report).conclusion).toBe('success');
    const counted = report.ledger.filter((e: { counted: boolean }) => e.counted);
    const refused = report.ledger.filter((e: { counted: boolean }) => !e.counted);
    expect([counted.length, refused.length]).toEqual([15, 1]);
    const run = verify(path);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('success, 2 model(s), 16 ledger entries');
  });
});

describe('verify after tampering', () => {
  it('shows a conclusion changed in the report', () => {
    const tampered = edit(join(dir, 'pr.json'), (r) => {
      r['conclusion'] = 'success';
    });
    const run = verify(tampered);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^differs: .*\(1 difference\(s\)\):\n {2}conclusion: recorded "success", re-derived "action_required"\n/);
  });

  it('shows that the attestations do not carry over to a result file changed after them', () => {
    // The same PR with one result changed, committed after the owners attested; the report claims that commit.
    const git = (...args: string[]) => execFileSync('git', ['-C', example.repo, ...args], { encoding: 'utf8' });
    git('checkout', '-q', 'head');
    const file = join(example.repo, 'evals/frontier-8/capability-suite.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/value: 0\.(\d+)/, 'value: 0.0$1'));
    git('-c', 'user.name=t', '-c', 'user.email=t@example.invalid', 'commit', '-qam', 'a changed result');
    const changedHead = git('rev-parse', 'HEAD').trim();
    git('checkout', '-q', 'main');
    const tampered = edit(join(dir, 'green.json'), (w) => {
      w['report'].subject.headSha = changedHead;
    });
    const run = verify(tampered);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('conclusion: recorded "success", re-derived "action_required"');
    expect(run.stdout).toMatch(/models\[frontier-8\]\.fingerprint: recorded "[0-9a-f]{64}", re-derived "[0-9a-f]{64}"/);
    expect(run.stdout).toContain('models[frontier-8].conclusion: recorded "success", re-derived "action_required"');
    expect(run.stdout).toMatch(/ledger\[\d+\]\.counted: recorded true, re-derived false/);
    expect(run.stdout).toMatch(/ledger\[\d+\]\.reason: only re-derived: .*it was made for fingerprint [0-9a-f]{20}, the evidence now has/);
  });

  it('shows a ledger entry whose user or outcome was changed', () => {
    const green = join(dir, 'green.json');
    const byWhom = edit(green, (w) => {
      const e = w['report'].ledger.find((x: { safeguard?: string }) => x.safeguard === 'asl3-security-audits');
      e.user = 'mallory';
    });
    const run = verify(byWhom);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('models[frontier-8].safeguards[asl3-security-audits].attestedBy: recorded "sid", re-derived "mallory"');
    const uncounted = edit(green, (w) => {
      const e = w['report'].ledger.find(
        (x: { safeguard?: string; user?: string }) => x.safeguard === 'asl3-monitoring' && x.user === 'tess',
      );
      e.counted = false;
    });
    const second = verify(uncounted);
    expect(second.code).toBe(1);
    expect(second.stdout).toContain('models[frontier-8].safeguards[asl3-monitoring].status: recorded "attested", re-derived "pending"');
  });
});

describe('verify of what it cannot verify', () => {
  it('exits 1 for a file that is no report, and 2 for a file or commit that is not there', () => {
    writeFileSync(join(dir, 'not.json'), '{"schemaVersion": 1}');
    expect(verify(join(dir, 'not.json'))).toMatchObject({ code: 1, stdout: expect.stringContaining('is not an rsp-gate report') });
    expect(verify(join(dir, 'missing.json'))).toMatchObject({ code: 2, stderr: expect.stringContaining('missing.json: no such file') });
    const elsewhere = edit(join(dir, 'pr.json'), (r) => {
      r['subject'].headSha = 'f'.repeat(40);
    });
    expect(verify(elsewhere).code).toBe(2);
    expect(rspGate('verify', '--repo', example.repo)).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('verify needs the report'),
    });
  });
});
