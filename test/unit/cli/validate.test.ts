// `rsp-gate validate` prints findings about a working tree: the repository's text must not drive the terminal.
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../../src/cli/cli.ts';

const dir = mkdtempSync(join(tmpdir(), 'rsp-gate-validate-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('rsp-gate validate', () => {
  it('strips control characters from file paths and messages it prints', async () => {
    mkdirSync(join(dir, '.github'), { recursive: true });
    mkdirSync(join(dir, 'evals/m1'), { recursive: true });
    writeFileSync(join(dir, '.github/rsp-policy.yml'), 'version: 1\nlevels: [L1]\n');
    // A title-setting escape in the file name and in an unknown key of a result.
    writeFileSync(
      join(dir, 'evals/m1', 'r\u001b]0;owned\u0007.yaml'),
      'model: m1\ndate: 2026-01-01\nresults:\n  - { eval: x, metric: y, value: 0.5, stderr: 0.1, "\\e[2J": 1 }\n',
    );
    let out = '';
    const code = await runCli(['validate', '--repo', dir], { stdout: (t) => (out += t), stderr: (t) => (out += t), isTTY: true, env: {} });
    expect(code).toBe(1);
    expect(out).toContain('evals/m1/r ]0;owned .yaml');
    expect(out).toContain('[2J');
    expect(out).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f]/);
  });
});
