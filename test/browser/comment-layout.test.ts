// The comment as a reviewer sees it: rendered as GitHub renders it (GFM, GitHub's stylesheet, Chromium) in the 780 px
// conversation column, nothing scrolls sideways and the first `/rsp attest` line to paste is on the first screen.
import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildExampleRepo } from '../../scripts/example-comment.ts';
import { runCli } from '../../src/cli/cli.ts';
import { renderMarkdown } from '../../src/report/markdown.ts';
import { manyModels } from '../unit/report/verdicts.ts';
import { openGitHubView, type GitHubView } from './github-render.ts';

const FIRST_SCREEN = 900;
let repo: string;
let cleanup: () => void;
let view: GitHubView;

// Without Chromium on a developer's machine the layout is not measured (said as a skip); in CI it is always installed.
const chromiumMissing = process.env.CI !== 'true' && !existsSync('/usr/bin/chromium');

describe.skipIf(chromiumMissing)('the comment in Chromium (apt-get install chromium)', () => {
  beforeAll(async () => {
    ({ repo, cleanup } = buildExampleRepo());
    view = await openGitHubView();
  });
  afterAll(async () => {
    await view?.close();
    cleanup?.();
  });

  async function comment(args: string[]): Promise<string> {
    let out = '';
    await runCli(['check', '--repo', repo, ...args, '--format', 'markdown'], {
      stdout: (t) => (out += t),
      stderr: () => {},
      isTTY: false,
      env: {},
    });
    return out;
  }

  /** Screenshots for a person to look at, when RSP_GATE_SCREENSHOTS names a folder. */
  function screenshot(name: string): string | undefined {
    const dir = process.env.RSP_GATE_SCREENSHOTS;
    return dir === undefined || dir === '' ? undefined : `${dir}/${name}.png`;
  }

  describe.each([
    ['the example PR', 'example-pr', ['--base', 'base', '--head', 'head']],
    ['check --all on the example', 'example-all', ['--head', 'head', '--all']],
  ])('the comment for %s at 780 px', (_name, file, args) => {
    it('scrolls nothing sideways and shows the first /rsp attest line within 900 px', async () => {
      const md = await comment(args);
      expect(md).toContain('/rsp attest ');
      const layout = await view.layout(md, { screenshot: screenshot(file) });
      expect(layout.sideways).toEqual([]);
      expect(layout.firstAttestTop).toBeDefined();
      expect(layout.firstAttestTop!).toBeLessThanOrEqual(FIRST_SCREEN);
    });

    it('scrolls nothing sideways with every <details> opened', async () => {
      const layout = await view.layout(await comment(args), { openDetails: true, screenshot: screenshot(`${file}-open`) });
      expect(layout.height).toBeGreaterThan(FIRST_SCREEN);
      expect(layout.sideways).toEqual([]);
    });
  });

  describe('the measurement itself', () => {
    it('sees a table that scrolls sideways and an attest line below the first screen', async () => {
      const wide = `${'Intro paragraph.\n\n'.repeat(60)}| ${'a'.repeat(200)} | b |\n| --- | --- |\n| c | d |\n\n\`/rsp attest x m\`\n`;
      const layout = await view.layout(wide);
      expect(layout.sideways.some((s) => s.startsWith('table'))).toBe(true);
      expect(layout.firstAttestTop!).toBeGreaterThan(FIRST_SCREEN);
    });
  });

  describe('a ten-model comment squeezed to a small limit', () => {
    it('still starts with the to-do on the first screen and scrolls nothing sideways', async () => {
      const md = renderMarkdown(manyModels(10, 10), { maxLength: 6_000 });
      const layout = await view.layout(md);
      expect(layout.sideways).toEqual([]);
      expect(layout.firstAttestTop!).toBeLessThanOrEqual(FIRST_SCREEN);
    });
  });
});
