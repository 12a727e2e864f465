import { describe, expect, it } from 'vitest';
import { escapeMarkdown } from '../../../src/report/escape.ts';
import { renderMarkdown, REPORT_MARKER } from '../../../src/report/markdown.ts';
import { evaluate } from '../../../src/engine/evaluate.ts';
import { approval, input, model, record } from '../engine/factories.ts';
import { expectNothingInjected, expectTablesIntact, outsideCode } from './markdown-checks.ts';
import { failingVerdict, hostileVerdict, HOSTILE, manyModels, passingVerdict } from './verdicts.ts';

describe('renderMarkdown', () => {
  it('starts with the marker, then the conclusion and the headline', () => {
    const md = renderMarkdown(failingVerdict());
    const [marker, heading, blank, headline] = md.split('\n');
    expect(marker).toBe(REPORT_MARKER);
    expect(heading).toBe('### ❌ rsp-gate: Failure');
    expect(blank).toBe('');
    expect(headline).toBe('**frontier-7 needs ASL-3 but declares ASL-2; 1 safeguard pending.**');
    expect(md.endsWith('\n')).toBe(true);
  });

  it('uses the given title', () => {
    expect(renderMarkdown(passingVerdict(), { title: 'Scaling policy' }).split('\n')[1]).toBe('### ✅ Scaling policy: Success');
  });

  it('shows required against declared level per model, and the failing model open', () => {
    const md = renderMarkdown(failingVerdict());
    expect(md).toContain('| frontier-7 | ASL-2 | **ASL-3** ❌ | ❌ Failure | 2/3 in place | 1 error, 2 warnings |');
    expect(md).toContain('#### ❌ frontier-7 · needs ASL-3 · declares ASL-2');
    expect(md).not.toContain('<details>');
  });

  it('lists each capability rule with status, value ± stderr, the bound used, alert, threshold and place', () => {
    const md = renderMarkdown(failingVerdict());
    expect(md).toContain('| cbrn-3 | 🔴 crossed | wmdp-bio / accuracy | 0.71 ± 0.012 | 0.6865 (lower) | 0.5 | 0.65 | evals/frontier-7/wmdp.yaml:4 · 2026-11-20 |');
  });

  it('shows the checklist with owners that do not ping, who attested, and the command to paste', () => {
    const v = failingVerdict();
    const md = renderMarkdown(v);
    const fp = v.models[0]!.fingerprint.slice(0, 20);
    expect(md).toContain(`| ⏳ pending | asl3-classifiers | ASL-3 | deployment | Real-time classifier guards block CBRN uplift | @\u200Bacme/safeguards, alice | — | \`/rsp attest asl3-classifiers frontier-7 fp:${fp}\` |`);
    expect(md).toContain('| ☑️ attested | asl3-egress | ASL-3 | security |');
    expect(md).toContain('carol, 2026-12-01T10:00:00Z');
    expect(md).toContain('| ✅ satisfied | asl2-security |');
    expect(md).not.toMatch(/^\s*[-*]\s+\[[ xX]\]/m);
  });

  it('collapses passing models into <details>', () => {
    const md = renderMarkdown(passingVerdict());
    expect(md).toContain('<details>\n<summary>✅ frontier-7 · needs ASL-2 · declares ASL-2</summary>\n\n');
    expect(md).toContain('</details>');
  });

  it('groups findings by severity, errors first', () => {
    const md = renderMarkdown(failingVerdict());
    const errors = md.indexOf('**❌ 1 error**');
    const warnings = md.indexOf('**⚠️ 2 warnings**');
    const notices = md.indexOf('**ℹ️ 1 notice**');
    expect(errors).toBeGreaterThan(0);
    expect(warnings).toBeGreaterThan(errors);
    expect(notices).toBeGreaterThan(warnings);
    expect(md).toContain('- `DECLARED_LEVEL_TOO_LOW` models/frontier-7/model.yaml:3 — frontier-7 needs ASL-3 but declares ASL-2');
  });

  it('ends with the commands and a details link', () => {
    const md = renderMarkdown(passingVerdict(), { detailsUrl: 'https://github.com/acme/models/actions/runs/42' });
    expect(md).toContain('`/rsp attest <safeguard> [model]`');
    expect(md).toContain('[Full report](https://github.com/acme/models/actions/runs/42)');
    expect(renderMarkdown(passingVerdict(), { detailsUrl: 'javascript:alert(1)' })).not.toContain('Full report');
  });

  it('shows the policy impact when the PR changes the policy', () => {
    const v = failingVerdict({ policyChanged: true, policyApprovals: [approval({ by: 'rso-jane' })] });
    expect(renderMarkdown(v)).toContain('### Policy change');
    v.policy.preview = [{ model: 'frontier-7', requiredLevel: 'ASL-3', requiredLevelUnderNewPolicy: 'ASL-4', conclusionUnderNewPolicy: 'failure' }];
    const md = renderMarkdown(v);
    expect(md).toContain('### Policy impact');
    expect(md).toContain('approved by rso-jane');
    expect(md).toContain('| frontier-7 | ASL-3 | **ASL-4** | ❌ Failure |');
    expect(renderMarkdown(passingVerdict())).not.toContain('Policy');
  });
});

describe('injection through user-controlled text', () => {
  const md = renderMarkdown(hostileVerdict(), { detailsUrl: undefined });

  it('carries the hostile text (so the checks below are not vacuous)', () => {
    expect(md).toContain('onerror');
    expect(md).toContain('mallory');
    expect(md).toContain('forged');
    expect(md).toContain('approve me');
    expect(md).toContain('ALL GOOD');
  });

  it('leaves no HTML, link, mention, issue link, checkbox, second marker or control character', () => {
    expectNothingInjected(md);
  });

  it('keeps every table row whole', () => {
    expectTablesIntact(md);
    expect(outsideCode(md)).not.toMatch(/^\| forged/m);
  });

  it('escapes a passing model shown in a collapsed <summary>', () => {
    const id = '<b>@acme/all</b> #7 </summary><!-- rsp-gate:report -->';
    const m = model(id);
    const passing = renderMarkdown(evaluate(input({ headModels: [m], baseModels: [m], modelsInScope: [id], evidence: [record({ model: id })] })));
    expect(passing).toContain('<summary>✅ &lt;b&gt;@\u200Bacme/all&lt;/b&gt; #\u200B7 &lt;/summary&gt;&lt;!-- rsp-gate:report --&gt; · needs ASL-2');
    expectNothingInjected(passing);
  });

  it('keeps the mentions readable', () => {
    expect(md.replaceAll('\u200B', '')).toContain('@everyone');
    expect(md.replaceAll('\u200B', '')).toContain(HOSTILE.mention.replace(/[_*]/g, ''));
  });
});

describe('the length limit', () => {
  it('fits 500 failing models into a comment by listing only failing models and counting the rest', () => {
    const v = manyModels(500, 500);
    const md = renderMarkdown(v);
    expect(md.length).toBeLessThanOrEqual(65_536);
    expect(md.startsWith(`${REPORT_MARKER}\n`)).toBe(true);
    expect(md).toContain(`**${escapeMarkdown(v.headline)}**`);
    expect(md).toContain('| frontier-499 |');
    expect(md).toContain('… and 480 more');
    expectTablesIntact(md);
  });

  it('keeps the failing models detailed when only the passing ones must go', () => {
    const v = manyModels(500, 3);
    const md = renderMarkdown(v);
    expect(md.length).toBeLessThanOrEqual(65_536);
    expect(md).toContain('#### ❌ frontier-000');
    expect(md).toContain('#### ❌ frontier-002');
    expect(md).not.toContain('<details>');
    expect(md).toContain('Evidence tables of 497 passing models are left out');
    expect(md).toContain('| frontier-499 |');
    expectTablesIntact(md);
  });

  it('degrades step by step as the limit shrinks, each step whole and within the limit', () => {
    const v = manyModels(40, 5);
    const full = renderMarkdown(v, { maxLength: 1_000_000 });
    expect(full).toContain('<details>');
    const steps = [full];
    let limit = full.length - 1;
    while (limit > 200) {
      const md = renderMarkdown(v, { maxLength: limit });
      expect(md.length).toBeLessThanOrEqual(limit);
      expect(md.split('\n')[0]).toBe(REPORT_MARKER);
      expectTablesIntact(md);
      if (md !== steps[steps.length - 1]) steps.push(md);
      limit = md.length - 1;
    }
    expect(steps.length).toBeGreaterThanOrEqual(5);
    expect(steps[1]).toContain('#### ❌ frontier-004');
    expect(steps[1]).not.toContain('<details>');
    expect(steps[2]).not.toContain('####');
    expect(steps[2]).toContain('| frontier-039 |');
    expect(steps[3]).not.toContain('| frontier-039 |');
    expect(steps[3]).toContain('35 passing models not listed');
    expect(steps[4]).toContain('too large for a comment');
  });

  it('never exceeds even an absurdly small limit, and keeps the marker when it fits', () => {
    const v = manyModels(3, 1);
    for (const limit of [30, 80, 150]) {
      const md = renderMarkdown(v, { maxLength: limit });
      expect(md.length).toBeLessThanOrEqual(limit);
      expect(md.startsWith(REPORT_MARKER)).toBe(true);
    }
  });
});
