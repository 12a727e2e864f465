// Renders a comment as GitHub shows it in a pull request's conversation: GitHub Flavored Markdown (marked) styled
// with GitHub's own stylesheet (github-markdown-css), in the distribution's headless Chromium at the 780 px column.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { marked } from 'marked';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

const CHROMIUM = '/usr/bin/chromium';
/** The width of the conversation column a comment body is laid out in. */
const COLUMN_WIDTH = 780;

const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const stylesheet = readFileSync(createRequire(import.meta.url).resolve('github-markdown-css/github-markdown-light.css'), 'utf8');

/** The comment as an HTML page: GitHub's markdown-body at the column's width, with a comment's 16 px padding. */
function githubPage(markdown: string): string {
  const body = marked.parse(markdown, { gfm: true, async: false });
  const frame = `body{margin:0}.markdown-body{box-sizing:border-box;width:${COLUMN_WIDTH}px;padding:16px}`;
  return `<!doctype html><html><head><meta charset="utf-8"><style>${stylesheet}</style><style>${frame}</style></head><body><article class="markdown-body">${body}</article></body></html>`;
}

interface Layout {
  /** Elements whose content is wider than their box (they scroll or spill sideways), by tag and a bit of text. */
  sideways: string[];
  /** Distance from the top of the comment to the first `/rsp attest <id>` line, or undefined when there is none. */
  firstAttestTop: number | undefined;
  height: number;
}

/**
 * Runs in the page (plain JavaScript, so that the Node type-check needs no DOM types): what scrolls sideways and where
 * the first attest command starts. GitHub draws mermaid blocks as charts, so their source is skipped.
 */
const MEASURE = `(() => {
  const sideways = [];
  for (const el of document.querySelectorAll('.markdown-body, .markdown-body *')) {
    if (el.closest('pre') && el.closest('pre').querySelector('code.language-mermaid')) continue;
    if (el.clientWidth > 0 && el.scrollWidth > el.clientWidth) sideways.push(el.tagName.toLowerCase() + ': ' + el.textContent.replace(/\\s+/g, ' ').trim().slice(0, 100));
  }
  if (document.documentElement.scrollWidth > document.documentElement.clientWidth) sideways.push('the page itself');
  let firstAttestTop;
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node !== null && firstAttestTop === undefined; node = walker.nextNode()) {
    const at = node.textContent.search(/\\/rsp attest [a-z0-9]/);
    if (at === -1) continue;
    const range = document.createRange();
    range.setStart(node, at);
    range.setEnd(node, at + 1);
    const rect = range.getBoundingClientRect();
    if (rect.height > 0) firstAttestTop = rect.top + window.scrollY;
  }
  return { sideways, firstAttestTop, height: document.documentElement.scrollHeight };
})()`;

const OPEN_DETAILS = `document.querySelectorAll('details').forEach((d) => d.setAttribute('open', ''))`;

export interface GitHubView {
  /** Lays out the comment as GitHub shows it; `openDetails` also opens every collapsed `<details>`. */
  layout(markdown: string, options?: { openDetails?: boolean; screenshot?: string }): Promise<Layout>;
  close(): Promise<void>;
}

export async function openGitHubView(): Promise<GitHubView> {
  const profile = mkdtempSync(join(tmpdir(), 'rsp-gate-chromium-'));
  const context: BrowserContext = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: ARGS,
    viewport: { width: COLUMN_WIDTH, height: 900 },
  });
  const page: Page = context.pages()[0] ?? (await context.newPage());
  return {
    async layout(markdown, options = {}) {
      await page.setContent(githubPage(markdown), { waitUntil: 'load' });
      if (options.openDetails === true) await page.evaluate(OPEN_DETAILS);
      const result = (await page.evaluate(MEASURE)) as Layout;
      if (options.screenshot !== undefined) await page.screenshot({ path: options.screenshot, fullPage: true });
      return result;
    },
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
