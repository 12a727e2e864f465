// The status page of the bundled example and its screenshot for the README (`npm run example:status-page`): builds
// the example lab, writes `rsp-gate check --all --format html` of its PR head, and has headless Chromium photograph it.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { runCli } from '../src/cli/cli.ts';
import { buildExampleRepo } from './example-comment.ts';

const SCREENSHOT = resolve('docs/status-page.png');
const PULLS = [
  {
    number: 42,
    title: 'Add frontier-8 (rc2) with its capability evals; re-run WMDP on atlas-2',
    url: 'https://github.com/acme/lab/pull/42',
    awaiting: [
      '@acme/safeguards',
      '@acme/security',
      'sam-sec',
      '@acme/rso-office',
      '@acme/red-team',
      '@acme/trust-safety',
      '@acme/partnerships',
    ],
  },
];

const { repo, cleanup } = buildExampleRepo();
const dir = mkdtempSync(join(tmpdir(), 'rsp-gate-status-page-'));
try {
  const page = join(dir, 'status.html');
  const pulls = join(dir, 'pulls.json');
  writeFileSync(pulls, JSON.stringify(PULLS));
  const io = { stdout: () => {}, stderr: (t: string) => process.stderr.write(t), isTTY: false, env: {} };
  await runCli(['check', '--repo', repo, '--all', '--head', 'head', '--format', 'html', '--pulls', pulls, '--output', page], io);
  execFileSync(
    process.env.CHROMIUM ?? '/usr/bin/chromium',
    [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--hide-scrollbars',
      '--no-first-run',
      `--user-data-dir=${join(dir, 'profile')}`,
      '--window-size=1100,1700',
      `--screenshot=${SCREENSHOT}`,
      pathToFileURL(page).href,
    ],
    { stdio: 'ignore' },
  );
  console.log("docs/status-page.png: the example's status page");
} finally {
  cleanup();
  rmSync(dir, { recursive: true, force: true });
}
