import { describe, expect, it } from 'vitest';
import { finding } from '../../../src/common/finding.ts';
import { CHECK_SUMMARY_MAX, CHECK_TITLE_MAX, toCheckOutput, truncate } from '../../../src/report/check.ts';
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

  it('uses the Markdown as summary, rendering it again when it is longer than a check allows', () => {
    const v = failingVerdict();
    const md = renderMarkdown(v);
    expect(toCheckOutput(v, md).summary).toBe(md);
    const big = manyModels(500, 500);
    const comment = renderMarkdown(big, { maxLength: 10_000_000 });
    expect(comment.length).toBeGreaterThan(CHECK_SUMMARY_MAX);
    const summary = toCheckOutput(big, comment).summary;
    expect(summary.length).toBeLessThanOrEqual(CHECK_SUMMARY_MAX);
    expect(summary.startsWith(REPORT_MARKER)).toBe(true);
    expectTablesIntact(summary);
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
    expect(annotations.map((a) => a.annotation_level)).toEqual([...annotations.map((a) => a.annotation_level)].sort((a, b) => rank(a) - rank(b)));
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
