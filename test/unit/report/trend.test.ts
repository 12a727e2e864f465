import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../src/engine/evaluate.ts';
import { renderMarkdown } from '../../../src/report/markdown.ts';
import { trendText } from '../../../src/report/text.ts';
import { input, record } from '../engine/factories.ts';

/** frontier-7 climbing on WMDP from well below the alert (0.5) toward the threshold (0.65). */
function climbing() {
  return evaluate(
    input({
      evidence: [
        record({ value: 0.3, stderr: 0.01, date: '2026-08-01', file: 'evals/frontier-7/a.yaml' }),
        record({ value: 0.45, stderr: 0.01, date: '2026-10-01', file: 'evals/frontier-7/b.yaml' }),
        record({ value: 0.6, stderr: 0.01, date: '2026-11-20', file: 'evals/frontier-7/c.yaml' }),
      ],
    }),
  );
}

describe('the trend', () => {
  it("draws each capability's dated results and bounds against the alert and threshold lines as a Mermaid chart", () => {
    const md = renderMarkdown(climbing());
    const chart = /```mermaid\n([\s\S]*?)\n```/.exec(md)?.[1];
    expect(chart).toBeDefined();
    expect(chart!.split('\n').slice(1)).toEqual([
      'xychart-beta',
      '  title "cbrn-3: wmdp-bio / accuracy"',
      '  x-axis ["2026-08-01", "2026-10-01", "2026-11-20"]',
      '  y-axis "accuracy" 0 --> 0.72',
      '  line [0.3, 0.45, 0.6]',
      '  line [0.2804, 0.4304, 0.5804]',
      '  line [0.3196, 0.4696, 0.6196]',
      '  line [0.5, 0.5, 0.5]',
      '  line [0.65, 0.65, 0.65]',
    ]);
    expect(md.indexOf('```mermaid')).toBeGreaterThan(md.indexOf('<details>'));
    expect(md.indexOf('```mermaid')).toBeLessThan(md.indexOf('</details>'));
  });

  it('draws no chart for a single result', () => {
    expect(renderMarkdown(evaluate(input()))).not.toContain('mermaid');
  });

  it('shows the trend in the terminal as a sparkline on the scale up to the threshold, with the change since the first result', () => {
    const rule = climbing().models[0]!.capabilities[0]!.evidence[0]!;
    expect(trendText(rule)).toBe('trend ▄▆▇ +0.3 since 2026-08-01');
  });
});
