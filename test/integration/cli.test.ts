// The published command as a user runs it: bin/rsp-gate.js loading the bundled dist/cli.js under Node 24, and the
// message it gives a Node.js that is too old.
import { execFileSync, spawnSync } from 'node:child_process';
import { appendFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildExampleRepo } from '../../scripts/example-comment.ts';
import { COMMANDS } from '../../src/cli/commands.ts';
import { visibleWidth } from '../../src/cli/wrap.ts';

const BIN = join(process.cwd(), 'bin/rsp-gate.js');
const VERSION = (JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version;

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function rspGate(args: string[], env: Record<string, string> = {}, node = process.execPath): Run {
  const { status, stdout, stderr } = spawnSync(node, [BIN, ...args], {
    encoding: 'utf8',
    env: { PATH: process.env['PATH'] ?? '', ...env },
  });
  return { code: status, stdout, stderr };
}

function literal(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function lastLine(text: string): string {
  return text.trimEnd().split('\n').at(-1)!;
}

let example: { repo: string; cleanup: () => void };
const scratch = mkdtempSync(join(tmpdir(), 'rsp-gate-cli-'));
beforeAll(() => {
  example = buildExampleRepo();
});
afterAll(() => {
  example.cleanup();
  rmSync(scratch, { recursive: true, force: true });
});

describe('help and version', () => {
  it('runs under Node 24 here', () => {
    expect(Number(process.versions.node.split('.')[0])).toBeGreaterThanOrEqual(24);
  });

  it('gives every command a help with one line per flag and examples', () => {
    for (const spec of COMMANDS) {
      const { code, stdout, stderr } = rspGate([spec.name, '--help']);
      expect(code).toBe(0);
      expect(stderr).toBe('');
      expect(stdout).toContain(`Usage: rsp-gate ${spec.name} [flags]`);
      for (const flag of spec.flags)
        expect(stdout).toMatch(new RegExp(`^  --${flag.name}\\b.*${literal(flag.describe.slice(0, 30))}`, 'm'));
      expect(stdout).toContain('Examples:');
      for (const [line] of spec.examples) expect(stdout).toContain(`\n  ${line}\n`);
    }
    const main = rspGate(['--help']);
    expect(main.code).toBe(0);
    for (const spec of COMMANDS) expect(main.stdout).toMatch(new RegExp(`^  ${spec.name} +${literal(spec.summary)}$`, 'm'));
  });

  it("keeps the README's table of check flags complete", () => {
    const readme = readFileSync('README.md', 'utf8');
    const section = readme.slice(readme.indexOf('## The CLI'), readme.indexOf('## The files it reads'));
    for (const flag of COMMANDS.find((c) => c.name === 'check')!.flags)
      expect(section).toMatch(new RegExp(`^\\| \`?[^|]*--${flag.name}\\b`, 'm'));
  });

  it('prints the version of package.json', () => {
    expect(rspGate(['--version'])).toEqual({ code: 0, stdout: `${VERSION}\n`, stderr: '' });
  });
});

describe('usage errors', () => {
  it('say only what is wrong, what was meant and where the help is, with exit 2', () => {
    expect(rspGate(['check', '--fromat', 'json'])).toEqual({
      code: 2,
      stdout: '',
      stderr: 'rsp-gate: unknown flag --fromat (did you mean --format?)\nRun `rsp-gate check --help` for its flags and examples.\n',
    });
    expect(rspGate(['chek'])).toEqual({
      code: 2,
      stdout: '',
      stderr: 'rsp-gate: unknown command "chek" (did you mean check?)\nRun `rsp-gate --help` for the commands.\n',
    });
  });

  it('treat a --repo that does not exist as a usage error for every command that reads a directory', () => {
    for (const { name } of COMMANDS.filter((c) => c.flags.some((f) => f.name === 'repo' && f.value === 'DIR'))) {
      const run = rspGate([name, '--repo', join(scratch, 'no-such-dir')]);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain('no-such-dir: no such directory');
    }
  });
});

describe('a repository without a policy', () => {
  it('is told to run rsp-gate init, by check and by validate', () => {
    const repo = join(scratch, 'no-policy');
    mkdirSync(join(repo, 'models/m1'), { recursive: true });
    writeFileSync(join(repo, 'models/m1/model.yaml'), 'id: m1\ndeclared_level: ASL-2\n');
    const git = (...args: string[]) =>
      execFileSync('git', ['-C', repo, '-c', 'user.name=t', '-c', 'user.email=t@example.invalid', ...args]);
    git('init', '-q');
    git('add', '-A');
    git('commit', '-qm', 'models only');
    const check = rspGate(['check', '--repo', repo, '--all']);
    expect(check.code).toBe(1);
    expect(lastLine(check.stdout)).toBe('FAILURE (exit 1): No policy found: run `rsp-gate init`');
    expect(check.stdout).not.toMatch(/policy is invalid/i);
    const json = JSON.parse(rspGate(['check', '--repo', repo, '--all', '--format', 'json']).stdout);
    expect(json.findings.map((f: { code: string }) => f.code)).toContain('POLICY_NOT_FOUND');
    const validate = rspGate(['validate', '--repo', repo]);
    expect(validate.code).toBe(1);
    expect(lastLine(validate.stdout)).toBe('INVALID: No policy found: run `rsp-gate init`');
  });

  it('gets from init a policy whose editor hint names the schema of this release, and validate warns that nobody can act', () => {
    const repo = join(scratch, 'init');
    mkdirSync(repo);
    expect(rspGate(['init', '--repo', repo]).code).toBe(0);
    const written = readFileSync(join(repo, '.github/rsp-policy.yml'), 'utf8');
    expect(written.split('\n')[0]).toBe(
      `# yaml-language-server: $schema=https://raw.githubusercontent.com/rsp-gate/rsp-gate/v${VERSION}/schema/policy.schema.json`,
    );
    const validate = rspGate(['validate', '--repo', repo], { COLUMNS: '300' });
    expect(validate.stdout).toMatch(
      /\.github\/rsp-policy\.yml:\d+:\d+: warning 2 safeguards have no owners \(misuse-classifiers, weight-access-controls\)/,
    );
    expect(validate.stdout).toMatch(/\.github\/rsp-policy\.yml:\d+:\d+: warning approvals\.policy names nobody/);
  });
});

describe('check on the example', () => {
  it('fits the terminal width and ends with a one-line verdict', () => {
    const width = 72;
    const { code, stdout } = rspGate(['check', '--repo', example.repo, '--base', 'base', '--head', 'head'], { COLUMNS: String(width) });
    expect(code).toBe(1);
    const lines = stdout.trimEnd().split('\n');
    // Only what cannot be broken may be wider: a /rsp command to copy, or one long word such as a path.
    const tooWide = lines.filter((l) => visibleWidth(l) > width && !l.trim().startsWith('/rsp') && l.trim().includes(' '));
    expect(tooWide).toEqual([]);
    expect(stdout).toContain('/rsp attest asl3-classifiers frontier-8 fp:');
    // The verdict stays one line: cut to the width when the headline is longer.
    expect(lines.at(-1)).toMatch(/^ACTION REQUIRED \(exit 1\): frontier-8 needs ASL-3; 14 safeguards .*…$/);
    expect(visibleWidth(lines.at(-1)!)).toBe(width);
    const wide = rspGate(['check', '--repo', example.repo, '--base', 'base', '--head', 'head'], { COLUMNS: '100' });
    expect(lastLine(wide.stdout)).toBe('ACTION REQUIRED (exit 1): frontier-8 needs ASL-3; 14 safeguards pending attestation.');
  });

  it('warns on stderr about uncommitted edits under the governed paths, and keeps the JSON on stdout whole', () => {
    const clean = rspGate(['check', '--repo', example.repo, '--base', 'base', '--format', 'json']);
    expect(clean.stderr).toBe('');
    appendFileSync(join(example.repo, 'models/frontier-8/model.yaml'), '# edited\n');
    writeFileSync(join(example.repo, 'evals/frontier-8/new-run.yaml'), 'model: frontier-8\n');
    writeFileSync(join(example.repo, 'NOTES.md'), 'not governed\n');
    try {
      const run = rspGate(['check', '--repo', example.repo, '--base', 'base', '--format', 'json']);
      expect(run.stderr).toMatch(/^rsp-gate: warning: 2 uncommitted change\(s\) under the policy, model or result paths are not evaluated/);
      expect(run.stderr).toContain('evals/frontier-8/new-run.yaml');
      expect(run.stderr).toContain('models/frontier-8/model.yaml');
      expect(run.stderr).not.toContain('NOTES.md');
      expect(JSON.parse(run.stdout)).toMatchObject({ schemaVersion: 2 });
      // Another head than the working tree's: its edits are not this check's business.
      expect(rspGate(['check', '--repo', example.repo, '--base', 'base', '--head', 'base', '--format', 'json']).stderr).toBe('');
    } finally {
      execFileSync('git', ['-C', example.repo, 'checkout', '-q', '--', '.']);
      execFileSync('git', ['-C', example.repo, 'clean', '-qfd']);
    }
  });
});

/** A node binary on this machine older than 24, if there is one (the system's, not the one npm puts first). */
function oldNode(): string | undefined {
  const candidates = [
    '/usr/bin/node',
    '/usr/local/bin/node',
    '/bin/node',
    ...(process.env['PATH'] ?? '').split(':').map((d) => join(d, 'node')),
  ];
  for (const path of candidates) {
    const version = spawnSync(path, ['--version'], { encoding: 'utf8' });
    if (version.status === 0 && Number(version.stdout.trim().slice(1).split('.')[0]) < 24) return path;
  }
  return undefined;
}

const old = oldNode();

describe('on Node.js below 24', () => {
  it.skipIf(old === undefined)(
    `says which Node.js it needs instead of failing on the syntax of the bundle (${old ?? 'no Node.js below 24 on this machine'})`,
    () => {
      const version = spawnSync(old!, ['--version'], { encoding: 'utf8' }).stdout.trim();
      expect(rspGate(['check', '--help'], {}, old)).toEqual({
        code: 2,
        stdout: '',
        stderr: `rsp-gate needs Node.js 24 or newer (this is ${version})\n`,
      });
    },
  );
});
