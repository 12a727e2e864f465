// The status page as markup: everything user-controlled escaped, nothing that loads or runs, one chart point per
// dated result, and the evidence about to lapse.
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../src/engine/evaluate.ts';
import { escapeHtmlText } from '../../../src/report/escape.ts';
import { expiringEvidence } from '../../../src/report/html-expiring.ts';
import { renderStatusPage } from '../../../src/report/html-page.ts';
import { capabilityChart } from '../../../src/report/html-chart.ts';
import { input, record } from '../engine/factories.ts';
import { HOSTILE, hostileVerdict, passingVerdict } from './verdicts.ts';

/** frontier-7 on WMDP: three dated results, the newest on 2026-11-20 (reference 2026-12-01, max age 180 days). */
function climbing(referenceDate = '2026-12-01T12:00:00Z') {
  return evaluate(
    input({
      referenceDate,
      evidence: [
        record({ value: 0.3, stderr: 0.01, date: '2026-08-01', file: 'evals/frontier-7/a.yaml' }),
        record({ value: 0.45, stderr: 0.01, date: '2026-10-01', file: 'evals/frontier-7/b.yaml' }),
        record({ value: 0.6, stderr: 0.01, date: '2026-11-20', file: 'evals/frontier-7/c.yaml' }),
      ],
    }),
  );
}

describe('the status page', () => {
  it('escapes every hostile string and holds nothing that loads or runs', () => {
    const html = renderStatusPage(hostileVerdict(), {
      pulls: [{ number: 7, title: HOSTILE.html, url: 'javascript:alert(1)', awaiting: [HOSTILE.html, '"><script>x</script>'] }],
    });
    // Every tag is one the page builds itself, and no attribute is one a string smuggled in.
    const tags = new Set([...html.matchAll(/<([a-z][a-z0-9]*)/gi)].map((m) => m[1]!.toLowerCase()));
    const built =
      'html head meta title style body main header h1 h2 h3 h4 p span strong section div table thead tbody tr th td a code ul li article figure figcaption svg g line text polygon polyline circle footer';
    expect([...tags].filter((t) => !built.split(' ').includes(t))).toEqual([]);
    const attributes = new Set([...html.matchAll(/\s([a-z-]+)="/g)].map((m) => m[1]!));
    expect([...attributes].filter((a) => a.startsWith('on') || a === 'src')).toEqual([]);
    expect(html).not.toContain('href="javascript');
    expect(html).toContain(escapeHtmlText(HOSTILE.html));
    expect(html).not.toContain('\u202E');
    expect(html).not.toContain('\u001b');
    expect(html).toContain(
      `<meta http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;; style-src &#39;unsafe-inline&#39;; img-src data:">`,
    );
  });

  it('links an http(s) pull request and shows whom it awaits', () => {
    const html = renderStatusPage(passingVerdict(), {
      pulls: [{ number: 42, title: 'Add frontier-8', url: 'https://github.com/acme/lab/pull/42', awaiting: ['@acme/security'] }],
    });
    expect(html).toContain('<a href="https://github.com/acme/lab/pull/42">#42 Add frontier-8</a>');
    expect(html).toContain('@acme/security');
    expect(renderStatusPage(passingVerdict())).not.toContain('id="pulls"');
  });

  it('draws one point and one bound bar per dated result, the alert and threshold lines, on a time axis', () => {
    const c = climbing().models[0]!.capabilities[0]!;
    const svg = capabilityChart(c).html;
    expect(svg.match(/<circle class="point"/g)).toHaveLength(3);
    expect(svg.match(/<line class="bar"/g)).toHaveLength(3);
    expect(svg).toContain('data-points="3"');
    expect(svg).toContain('alert 0.5');
    expect(svg).toContain('threshold 0.65');
    // 2026-08-01 to 2026-11-20 is 111 days; 2026-10-01 lies 61 days in: the x axis is time, not the index.
    const xs = [...svg.matchAll(/<circle class="point" cx="([\d.]+)"/g)].map((m) => Number(m[1]));
    expect((xs[1]! - xs[0]!) / (xs[2]! - xs[0]!)).toBeCloseTo(61 / 111, 2);
  });

  it('says so where a capability has no dated result', () => {
    const c = evaluate(input({ evidence: [] })).models[0]!.capabilities[0]!;
    expect(capabilityChart(c).html).toBe('<p class="nochart">No dated results to chart.</p>');
  });
});

describe('evidence about to lapse', () => {
  it('lists a result whose last fresh day falls within 30 days of the reference date, and one that lapsed', () => {
    // The freshest result (2026-11-20) counts until 2027-05-19; at 2027-05-01 that is 18 days away.
    const soon = expiringEvidence(climbing('2027-05-01T00:00:00Z'));
    expect(soon).toEqual([
      expect.objectContaining({
        model: 'frontier-7',
        capability: 'cbrn-3',
        eval: 'wmdp-bio',
        date: '2026-11-20',
        freshUntil: '2027-05-19',
        daysLeft: 18,
      }),
    ]);
    expect(expiringEvidence(climbing('2026-12-01T00:00:00Z'))).toEqual([]);
    expect(expiringEvidence(climbing('2027-06-01T00:00:00Z'))[0]).toMatchObject({ daysLeft: -13 });
    expect(renderStatusPage(climbing('2027-05-01T00:00:00Z'))).toContain('2027-05-19 (in 18 days)');
  });
});
