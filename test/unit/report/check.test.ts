import { describe, expect, it } from 'vitest';
import { finding } from '../../../src/common/finding.ts';
import {
  CHECK_SUMMARY_MAX,
  CHECK_TEXT_MAX,
  CHECK_TITLE_MAX,
  toCheckOutput,
  truncate,
  WORKFLOW_ANNOTATIONS_PER_LEVEL,
  workflowAnnotations,
} from '../../../src/report/check.ts';
import { renderMarkdown, REPORT_MARKER } from '../../../src/report/markdown.ts';
import { expectTablesIntact } from './markdown-checks.ts';
import { failingVerdict, manyModels, passingVerdict } from './verdicts.ts';

describe('toCheckOutput', () => {
  it('titles the check with the conclusion and the headline', () => {
    const v = failingVerdict();
    const out = toCheckOutput(v, renderMarkdown(v));
    expect(out.title).toBe('Failure: frontier-7 needs ASL-3 but declares ASL-2; 1 safeguard pending.');
    expect(toCheckOutput(passingVerdict(), '').title).toMatch(/^Success: /);
  });

  it('keeps the title within 100 characters', () => {
    const v = manyModels(30, 30);
    const out = toCheckOutput(v, renderMarkdown(v));
    expect(v.headline.length).toBeGreaterThan(CHECK_TITLE_MAX);
    expect(out.title.length).toBeLessThanOrEqual(CHECK_TITLE_MAX);
    expect(out.title.endsWith('…')).toBe(true);
  });

  it('keeps the summary short: headline, overview, what is needed from whom, the comment link, how to re-evaluate', () => {
    const v = failingVerdict();
    const md = renderMarkdown(v);
    const out = toCheckOutput(v, md, { title: 'rsp-gate', commentUrl: 'https://github.com/acme/models/pull/7#issuecomment-1' });
    expect(out.summary.split('\n')[0]).toBe('### ❌ rsp-gate: Failure');
    expect(out.summary).toContain(`**${v.headline}**`);
    expect(out.summary).toContain('| frontier-7 | ASL-2 | **ASL-3** ❌ |');
    expect(out.summary).toContain(`/rsp attest asl3-classifiers frontier-7 fp:${v.models[0]!.fingerprint.slice(0, 12)}`);
    expect(out.summary).toContain('[the PR comment](https://github.com/acme/models/pull/7#issuecomment-1)');
    expect(out.summary).toContain('To evaluate again, comment `/rsp evaluate` on the pull request.');
    expect(out.summary).not.toContain('### Evidence');
    expect(out.summary).not.toContain(REPORT_MARKER);
    expect(out.text).toBe(md.slice(REPORT_MARKER.length + 1));
    expect(out.text).toContain('### Evidence');
  });

  it('renders the text again, and shortens the summary, when a check allows less than the report needs', () => {
    const big = manyModels(500, 500);
    const comment = renderMarkdown(big, { maxLength: 10_000_000 });
    expect(comment.length).toBeGreaterThan(CHECK_TEXT_MAX);
    const out = toCheckOutput(big, comment);
    expect(out.text.length).toBeLessThanOrEqual(CHECK_TEXT_MAX);
    expect(out.summary.length).toBeLessThanOrEqual(CHECK_SUMMARY_MAX);
    expect(out.summary).toContain('/rsp attest asl3-classifiers');
    expectTablesIntact(out.text);
    expectTablesIntact(out.summary);
  });

  it('annotates the pending safeguards of a model once, at its config', () => {
    const v = manyModels(2, 2);
    const pending = v.models[0]!.findings.filter((f) => f.code === 'SAFEGUARD_PENDING');
    expect(pending.length).toBeGreaterThan(1);
    const at = toCheckOutput(v, '').annotations.filter((a) => a.title === 'SAFEGUARD_PENDING (frontier-000)');
    expect(at).toHaveLength(1);
    expect(at[0]!.message).toBe(`frontier-000: ${pending.length} safeguards pending attestation: see the checklist in the check's summary`);
  });

  it('keeps workflow annotations within ten per level, errors first', () => {
    const v = manyModels(30, 30);
    const all = toCheckOutput(v, '').annotations;
    expect(all.filter((a) => a.annotation_level === 'failure').length).toBeGreaterThan(WORKFLOW_ANNOTATIONS_PER_LEVEL);
    const shown = workflowAnnotations(v);
    for (const level of ['failure', 'warning', 'notice'] as const) {
      const n = shown.filter((a) => a.annotation_level === level).length;
      expect(n).toBe(Math.min(WORKFLOW_ANNOTATIONS_PER_LEVEL, all.filter((a) => a.annotation_level === level).length));
    }
    expect(shown[0]!.annotation_level).toBe('failure');
  });

  it('annotates every finding that has a file, errors first, line 1 when none is known', () => {
    const v = failingVerdict({
      inputFindings: [
        finding('PARSE_ERROR', 'error', 'cannot parse: unexpected end of input', { file: 'evals/frontier-7/broken.json' }),
        finding('API_ERROR', 'error', 'rate limited'),
      ],
    });
    const { annotations } = toCheckOutput(v, renderMarkdown(v));
    const total = [...v.findings, ...v.models.flatMap((m) => m.findings)];
    expect(annotations).toHaveLength(total.filter((f) => f.file !== undefined).length);
    expect(annotations.map((a) => a.annotation_level)).toEqual(
      [...annotations.map((a) => a.annotation_level)].sort((a, b) => rank(a) - rank(b)),
    );
    expect(annotations[0]!.annotation_level).toBe('failure');
    expect(annotations).toContainEqual({
      path: 'evals/frontier-7/broken.json',
      start_line: 1,
      end_line: 1,
      annotation_level: 'failure',
      title: 'PARSE_ERROR',
      message: 'cannot parse: unexpected end of input',
    });
    expect(annotations).toContainEqual(
      expect.objectContaining({ path: 'models/frontier-7/model.yaml', start_line: 3, title: 'DECLARED_LEVEL_TOO_LOW (frontier-7)' }),
    );
    expect(annotations.some((a) => a.message === 'rate limited')).toBe(false);
    expect(annotations.map((a) => a.annotation_level)).toContain('notice');
    expect(annotations.map((a) => a.annotation_level)).toContain('warning');
  });
});

function rank(level: string): number {
  return ['failure', 'warning', 'notice'].indexOf(level);
}

describe('truncate', () => {
  it('cuts between characters, never inside an emoji', () => {
    expect(truncate('short', 10)).toBe('short');
    const cut = truncate('ab😀😀😀', 5);
    expect(cut).toBe('ab😀…');
    expect(cut.length).toBeLessThanOrEqual(5);
  });
});
