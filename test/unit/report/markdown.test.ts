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

  it("shows required against declared level per model, the failing model's checklist open and its evidence collapsed", () => {
    const md = renderMarkdown(failingVerdict());
    expect(md).toContain('| frontier-7 | ASL-2 | **ASL-3** ❌ | ❌ Failure | 2/3 in place | 1 error, 2 warnings |');
    expect(md).toContain('#### ❌ frontier-7 · needs ASL-3 · declares ASL-2 · 2/3 in place');
    expect(md).toContain('<details>\n<summary>❌ frontier-7 · needs ASL-3 · declares ASL-2 · 1 crossed</summary>');
  });

  it('lists each capability rule with status, value ± stderr, the bound used, alert / threshold, and its source under the table', () => {
    const md = renderMarkdown(failingVerdict());
    expect(md).toContain('| cbrn-3 | 🔴 crossed | wmdp-bio / accuracy | 0.71 ± 0.012 | 0.6865 (lower) | 0.5 / 0.65 | 1:4 |');
    expect(md).toContain('<sub>Sources (file:line): **1** `evals/frontier-7/wmdp.yaml` · 2026-11-20</sub>');
  });

  it('puts what is needed from whom first: one block per owner with the exact commands to paste', () => {
    const v = failingVerdict();
    const md = renderMarkdown(v);
    const fp = v.models[0]!.fingerprint.slice(0, 20);
    const block = (owner: string, other: string) =>
      `**${owner}** · attest 1 safeguard of frontier-7 <sub>(shared with ${other})</sub>\n\n\`\`\`text\n/rsp attest asl3-classifiers frontier-7 fp:${fp}\n\`\`\``;
    expect(md).toContain(block('@\u200Bacme/safeguards', 'alice'));
    expect(md).toContain(block('alice', '@\u200Bacme/safeguards'));
    expect(md.indexOf('### What is needed')).toBeLessThan(md.indexOf('| Model |'));
    expect(md.indexOf('/rsp attest asl3-classifiers')).toBeLessThan(md.indexOf('| Status |'));
    expect(md).toContain("❌ **The PR's author** · fix 1 error");
  });

  it('shows a narrow checklist: status, safeguard and title, owners that do not ping, who attested and when', () => {
    const md = renderMarkdown(failingVerdict());
    expect(md).toContain('| Status | Safeguard | Owners | Attested |');
    expect(md).toContain(
      '| ⏳ pending | asl3-classifiers <sub>ASL-3 deployment</sub> Real-time classifier guards block CBRN uplift | @\u200Bacme/safeguards, alice | — |',
    );
    expect(md).toContain(
      '| ☑️ attested | asl3-egress <sub>ASL-3 security</sub> Egress bandwidth controls on model weights | @\u200Bacme/security | carol, 2026-12-01T10:00:00Z |',
    );
    expect(md).not.toMatch(/^\s*[-*]\s+\[[ xX]\]/m);
  });

  it('leaves out a column that is empty in every row', () => {
    const md = renderMarkdown(failingVerdict({ attestations: [] }));
    expect(md).toContain('| Status | Safeguard | Owners |\n');
    expect(md).not.toContain('Attested |');
  });

  it('never repeats a checklist row among the findings', () => {
    const md = renderMarkdown(failingVerdict());
    expect(md).not.toContain('safeguard asl3-classifiers is pending');
    expect(md).toContain('- 1 safeguard pending (`SAFEGUARD_PENDING`): see the checklist above.');
  });

  it('collapses a passing model, checklist and all, into <details>', () => {
    const md = renderMarkdown(passingVerdict());
    expect(md).toContain('<details>\n<summary>✅ frontier-7 · needs ASL-2 · declares ASL-2 · 1 below</summary>\n\n');
    expect(md).toContain('**Safeguards up to ASL-2**');
    expect(md).not.toContain('####');
    expect(md).not.toContain('What is needed');
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
    v.policy.preview = [
      { model: 'frontier-7', requiredLevel: 'ASL-3', requiredLevelUnderNewPolicy: 'ASL-4', conclusionUnderNewPolicy: 'failure' },
    ];
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
    const passing = renderMarkdown(
      evaluate(input({ headModels: [m], baseModels: [m], modelsInScope: [id], evidence: [record({ model: id })] })),
    );
    expect(passing).toContain(
      '<summary>✅ &lt;b&gt;@\u200Bacme/all&lt;/b&gt; #\u200B7 &lt;/summary&gt;&lt;!-- rsp-gate:report --&gt; · needs ASL-2',
    );
    expectNothingInjected(passing);
  });

  it('keeps the mentions readable', () => {
    expect(md.replaceAll('\u200B', '')).toContain('@everyone');
    expect(md.replaceAll('\u200B', '')).toContain(HOSTILE.mention.replace(/[_*]/g, ''));
  });
});

describe('the length limit', () => {
  it('fits 500 failing models into a comment and still says who must attest what, with a command per safeguard', () => {
    const v = manyModels(500, 500);
    const md = renderMarkdown(v);
    expect(md.length).toBeLessThanOrEqual(65_536);
    expect(md.startsWith(`${REPORT_MARKER}\n`)).toBe(true);
    expect(md).toContain(`**${escapeMarkdown(v.headline)}**`);
    expect(md).toContain(
      '**@\u200Bacme/safeguards** · attest 500 safeguards of frontier-000, frontier-001, frontier-002 and 497 more models',
    );
    expect(md).toContain('```text\n/rsp attest asl3-classifiers\n```');
    expectTablesIntact(md);
  });

  it('keeps every pending safeguard of a ten-model PR, with its owners and command, when the comment must shrink', () => {
    const v = manyModels(10, 10);
    const full = renderMarkdown(v, { maxLength: 1_000_000 });
    const md = renderMarkdown(v, { maxLength: 4_000 });
    expect(md.length).toBeLessThan(full.length);
    expect(md).not.toContain('### Evidence');
    for (const m of v.models) {
      for (const s of m.safeguards.filter((s) => s.status === 'pending')) expect(md).toContain(`${s.attestCommand}\n`);
    }
    expect(md).toContain('**@\u200Bacme/safeguards** · attest 10 safeguards');
    expect(md).toContain('**alice** · attest 10 safeguards');
  });

  it('shrinks the evidence and the findings first, then the overview and the checklist, and the to-do last', () => {
    const v = manyModels(40, 5);
    const full = renderMarkdown(v, { maxLength: 1_000_000 });
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
    const gone = (part: string) => steps.findIndex((md) => !md.includes(part));
    expect(gone('<details>')).toBeGreaterThan(0);
    expect(gone('### Findings')).toBeGreaterThanOrEqual(gone('<details>'));
    expect(gone('| frontier-039 |')).toBeGreaterThanOrEqual(gone('<details>'));
    expect(gone('| ⏳ pending |')).toBeGreaterThan(gone('### Findings'));
    expect(gone('| ⏳ pending |')).toBeGreaterThan(gone('| frontier-039 |'));
    expect(gone('/rsp attest asl3-classifiers')).toBeGreaterThan(gone('| ⏳ pending |'));
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
