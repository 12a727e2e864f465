// Renders the PR comment of the bundled example and writes it into the README between its markers
// (`npm run example:readme`); test/integration/example.test.ts fails when the README's copy is out of date.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../src/cli/cli.ts';

export const START = '<!-- example-comment:start -->';
export const END = '<!-- example-comment:end -->';

/** When the example's head was committed (examples/frontier-lab/make-repo.sh): the time its comment is rendered as of. */
export const EXAMPLE_TIME = '2026-11-20T16:30:00Z';

/** Builds the example lab repository in a fresh temporary folder; returns its path and a cleanup. */
export function buildExampleRepo(): { repo: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'rsp-gate-example-'));
  const repo = join(dir, 'repo');
  execFileSync('bash', ['examples/frontier-lab/make-repo.sh', repo], { stdio: 'ignore' });
  return { repo, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

export async function renderExampleComment(repo: string): Promise<string> {
  let out = '';
  // As of the head commit's time, so that the README's copy stays the same from one day to the next.
  await runCli(['check', '--repo', repo, '--base', 'base', '--head', 'head', '--at', EXAMPLE_TIME, '--format', 'markdown'], {
    stdout: (t) => (out += t),
    stderr: (t) => (out += t),
    isTTY: false,
    env: {},
  });
  return out.trimEnd();
}

/** The README with `comment` between the markers. */
export function withExampleComment(readme: string, comment: string): string {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start === -1 || end < start) throw new Error('README.md has no example-comment markers');
  // Quoted, so that it reads as a comment on the page and its own marker stays inert.
  const quoted = comment
    .split('\n')
    .map((line) => (line ? `> ${line}` : '>'))
    .join('\n');
  return `${readme.slice(0, start + START.length)}\n${quoted}\n${readme.slice(end)}`;
}

if (process.argv[1]?.endsWith('example-comment.ts')) {
  const { repo, cleanup } = buildExampleRepo();
  try {
    const readme = readFileSync('README.md', 'utf8');
    writeFileSync('README.md', withExampleComment(readme, await renderExampleComment(repo)));
    console.log('README.md: example comment updated');
  } finally {
    cleanup();
  }
}
