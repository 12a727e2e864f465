// The status page of the example lab as a browser shows it (the distribution's headless Chromium): no console error,
// no request beyond the file itself, every chart drawn with one point per dated result, and nothing wider than a
// 390 px phone.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildExampleRepo } from '../../scripts/example-comment.ts';
import { runCli } from '../../src/cli/cli.ts';
import type { Verdict } from '../../src/engine/types.ts';
import { chartedRule } from '../../src/report/markdown-chart.ts';

// Without Chromium on a developer's machine the page is not measured (said as a skip); in CI it is always installed.
const chromiumMissing = process.env.CI !== 'true' && !existsSync('/usr/bin/chromium');

let repo: string;
let cleanup: () => void;
let dir: string;
let context: BrowserContext;
let page: Page;
let verdict: Verdict;
const errors: string[] = [];
const requests: string[] = [];

async function cli(args: string[]): Promise<string> {
  let out = '';
  await runCli(['check', '--repo', repo, '--all', '--head', 'head', ...args], {
    stdout: (t) => (out += t),
    stderr: () => {},
    isTTY: false,
    env: {},
  });
  return out;
}

/** Runs in the page (plain JavaScript): the width of the page and of every chart with its drawn points. */
const MEASURE = `(() => {
  const charts = [...document.querySelectorAll('svg.chart')].map((svg) => {
    const box = svg.getBoundingClientRect();
    const points = [...svg.querySelectorAll('circle.point')].map((c) => c.getBoundingClientRect());
    return { width: box.width, height: box.height, declared: Number(svg.getAttribute('data-points')), drawn: points.filter((p) => p.width > 0 && p.height > 0).length, inside: points.every((p) => p.left >= box.left - 1 && p.right <= box.right + 1) };
  });
  const root = document.documentElement;
  const wide = [...document.querySelectorAll('body *')].filter((el) => el.getBoundingClientRect().right > root.clientWidth + 0.5).map((el) => el.tagName.toLowerCase() + '.' + el.className);
  return { scrollWidth: root.scrollWidth, clientWidth: root.clientWidth, charts, wide: wide.slice(0, 5), models: document.querySelectorAll('section.model').length };
})()`;

interface Measured {
  scrollWidth: number;
  clientWidth: number;
  charts: Array<{ width: number; height: number; declared: number; drawn: number; inside: boolean }>;
  wide: string[];
  models: number;
}

describe.skipIf(chromiumMissing)('the status page in Chromium (apt-get install chromium)', () => {
  beforeAll(async () => {
    ({ repo, cleanup } = buildExampleRepo());
    dir = mkdtempSync(join(tmpdir(), 'rsp-gate-status-'));
    await cli(['--format', 'html', '--output', join(dir, 'status.html')]);
    verdict = JSON.parse(await cli(['--format', 'json'])) as Verdict;
    context = await chromium.launchPersistentContext(join(dir, 'profile'), {
      executablePath: '/usr/bin/chromium',
      headless: true,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
      ],
    });
    page = context.pages()[0] ?? (await context.newPage());
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') errors.push(m.text());
    });
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('request', (r) => requests.push(r.url()));
  });
  afterAll(async () => {
    await context?.close();
    cleanup?.();
    if (dir !== undefined) rmSync(dir, { recursive: true, force: true });
  });

  async function open(width: number): Promise<Measured> {
    await page.setViewportSize({ width, height: 900 });
    await page.goto(pathToFileURL(join(dir, 'status.html')).href, { waitUntil: 'load' });
    return (await page.evaluate(MEASURE)) as Measured;
  }

  it.each([1100, 390])('renders at %i px without a console error or a request beyond the file', async (width) => {
    const m = await open(width);
    expect(errors).toEqual([]);
    expect(requests.filter((u) => !u.startsWith('file:'))).toEqual([]);
    expect(m.models).toBe(verdict.models.length);
  });

  it.each([1100, 390])('draws every capability chart at %i px with one point per dated result', async (width) => {
    const m = await open(width);
    const expected = verdict.models.flatMap((model) => model.capabilities.flatMap((c) => chartedRule(c, 1)?.history?.length ?? []));
    expect(Math.max(...expected)).toBeGreaterThanOrEqual(2);
    expect(m.charts.map((c) => c.declared)).toEqual(expected);
    for (const chart of m.charts) {
      expect(chart.width).toBeGreaterThan(100);
      expect(chart.height).toBeGreaterThan(50);
      expect(chart.drawn).toBe(chart.declared);
      expect(chart.inside).toBe(true);
    }
  });

  it('scrolls nothing sideways at 390 px, a phone', async () => {
    const m = await open(390);
    expect(m.wide).toEqual([]);
    expect(m.scrollWidth).toBeLessThanOrEqual(m.clientWidth);
  });

  describe('the measurement itself', () => {
    it('sees a page wider than the phone', async () => {
      await page.setViewportSize({ width: 390, height: 900 });
      await page.setContent(
        '<!doctype html><meta name="viewport" content="width=device-width"><body><div style="width:800px">wide</div></body>',
      );
      const m = (await page.evaluate(MEASURE)) as Measured;
      expect(m.scrollWidth).toBeGreaterThan(m.clientWidth);
      expect(m.wide).toContain('div.');
    });
  });
});
