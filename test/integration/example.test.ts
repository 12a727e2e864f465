// The bundled example, end to end: the CLI (as source and as the bundled dist/cli.js under Node 24) on the example
// lab repository, and the README's copy of the comment it renders.
import { execFile } from 'node:child_process';
import { readFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/cli.ts';
import { EXAMPLE_TIME, buildExampleRepo, renderExampleComment, withExampleComment } from '../../scripts/example-comment.ts';

const exec = promisify(execFile);
let repo: string;
let cleanup: () => void;

beforeAll(() => {
  ({ repo, cleanup } = buildExampleRepo());
});
afterAll(() => cleanup());

async function cli(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  // As of the example's head commit: the example's evidence does not age with the calendar.
  const now = () => new Date(EXAMPLE_TIME);
  const code = await runCli(args, { stdout: (t) => (out += t), stderr: (t) => (err += t), isTTY: false, env: {}, now });
  return { code, out, err };
}

describe('the bundled example', () => {
  it('judges the PR by the base policy: frontier-8 needs ASL-3 and its safeguards are pending', async () => {
    const { code, out } = await cli(['check', '--repo', repo, '--base', 'base', '--head', 'head', '--format', 'json']);
    expect(code).toBe(1);
    const report = JSON.parse(out);
    expect(report).toMatchObject({ schemaVersion: 2, conclusion: 'action_required', requiredLevel: 'ASL-3' });
    const models = Object.fromEntries(report.models.map((m: { id: string }) => [m.id, m]));
    expect(Object.keys(models).sort()).toEqual(['atlas-2', 'frontier-8']);
    expect(models['frontier-8']).toMatchObject({ declaredLevel: 'ASL-3', requiredLevel: 'ASL-3', conclusion: 'action_required' });
    const vct = models['frontier-8'].capabilities.find((c: { id: string }) => c.id === 'cbrn-non-novel');
    expect(vct.status).toBe('not_ruled_out');
    const statuses = new Set(models['frontier-8'].safeguards.map((s: { status: string }) => s.status));
    expect([...statuses]).toEqual(['pending']);
    // The undated lm-eval v0.3 re-run of atlas-2 cannot rule anything out, but it reaches the alert and so it counts.
    expect(models['atlas-2'].findings.map((f: { code: string }) => f.code)).toContain('UNDATED_RESULT');
  });

  it('prints readable text when piped, with the checklist and the commands to attest', async () => {
    const { code, out } = await cli(['check', '--repo', repo, '--base', 'base', '--head', 'head']);
    expect(code).toBe(1);
    expect(out).toMatch(/^ACTION REQUIRED {2}frontier-8 needs ASL-3/);
    expect(out).toContain('/rsp attest asl3-classifiers frontier-8 fp:');
    expect(out).not.toMatch(/\x1b\[/);
  });

  it('fails a whole-repository snapshot whose only evidence for scout-1s is self-reported', async () => {
    const { code, out } = await cli(['check', '--repo', repo, '--head', 'head', '--all', '--format', 'json']);
    expect(code).toBe(1);
    const report = JSON.parse(out);
    expect(report.models.map((m: { id: string }) => m.id)).toEqual(['atlas-2', 'frontier-7', 'frontier-8', 'scout-1s']);
    expect(report.models.find((m: { id: string }) => m.id === 'scout-1s').conclusion).toBe('failure');
    expect(report.models.find((m: { id: string }) => m.id === 'frontier-7').conclusion).toBe('success');
  });

  it('keeps the README copy of the comment current (npm run example:readme)', async () => {
    const readme = readFileSync('README.md', 'utf8');
    expect(withExampleComment(readme, await renderExampleComment(repo))).toBe(readme);
  });

  it('gives the same report from the bundled dist/cli.js under Node 24', async () => {
    expect(process.versions.node.split('.')[0]).toBe('24');
    const args = ['check', '--repo', repo, '--base', 'base', '--head', 'head', '--at', EXAMPLE_TIME, '--format', 'json'];
    const bundled = await exec(process.execPath, ['dist/cli.js', ...args]).then(
      () => {
        throw new Error('expected exit 1');
      },
      (err: { code: number; stdout: string }) => err,
    );
    expect(bundled.code).toBe(1);
    const { out } = await cli(args);
    expect(bundled.stdout).toBe(out);
  });
});

describe('validate, init and usage', () => {
  it('validates the example working tree', async () => {
    const { code, out } = await cli(['validate', '--repo', repo]);
    expect(out.trimEnd().split('\n').at(-1)).toBe(
      'VALID: .github/rsp-policy.yml, 4 model configs, 12 result files: 0 errors, 0 warnings, 1 notice',
    );
    expect(code).toBe(0);
  });

  it('writes a starter policy that does not validate until its SET numbers are set', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rsp-gate-init-'));
    try {
      expect((await cli(['init', '--repo', dir, '--preset', 'anthropic-rsp-v3'])).code).toBe(0);
      expect(readFileSync(join(dir, '.github/rsp-policy.yml'), 'utf8')).toContain('extends: anthropic-rsp-v3');
      expect((await cli(['init', '--repo', dir])).code).toBe(2);
      const validated = await cli(['validate', '--repo', dir]);
      expect(validated.code).toBe(1);
      expect(validated.out).toContain('PRESET_VALUE_UNSET');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('answers usage errors with exit 2', async () => {
    expect((await cli(['check', '--format', 'yaml'])).code).toBe(2);
    expect((await cli(['frobnicate'])).code).toBe(2);
    expect((await cli(['init', '--preset', 'no-such-preset', '--repo', repo])).code).toBe(2);
    expect((await cli(['check', '--repo', repo, '--base', 'no-such-ref', '--head', 'head'])).code).toBe(2);
  });
});
