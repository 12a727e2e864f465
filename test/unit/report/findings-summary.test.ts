import { describe, expect, it } from 'vitest';
import { finding } from '../../../src/common/finding.ts';
import { mergeUndatedPairs } from '../../../src/report/all-findings.ts';
import { findingsSection } from '../../../src/report/markdown-findings.ts';

const at = { file: 'evals/atlas-2/rerun/results.json', line: 4, model: 'atlas-2' };

describe('mergeUndatedPairs', () => {
  it('says an undated result and the alert it reached once, at the more severe level', () => {
    const undated = finding(
      'UNDATED_RESULT',
      'notice',
      'atlas-2: cbrn: a wmdp/acc result has no date; it counts only if it shows more capability (upper 0.67 ≥ alert 0.65)',
      at,
    );
    const alert = finding(
      'ALERT_REACHED',
      'warning',
      'atlas-2: cbrn alert reached: wmdp/acc an undated result for wmdp/acc shows more capability',
      at,
    );
    const other = finding('ALERT_REACHED', 'warning', 'atlas-2: cyber alert reached', { ...at, line: 9 });
    expect(mergeUndatedPairs([alert, undated, other])).toEqual([
      { ...undated, severity: 'warning', message: `${undated.message}; it does: alert reached` },
      other,
    ]);
  });

  it('leaves an undated result that decides nothing alone', () => {
    const undated = finding('UNDATED_RESULT', 'warning', 'no date', at);
    expect(mergeUndatedPairs([undated])).toEqual([undated]);
  });
});

describe('findingsSection', () => {
  const scale = Array.from({ length: 166 }, (_, i) =>
    finding('SCALE_MISMATCH', 'warning', `value ${i} is on a 0-100 scale`, {
      file: `evals/m/r${String(i).padStart(3, '0')}.json`,
      line: 3,
    }),
  );

  it('groups 166 findings of one code into a count, three examples and the rest collapsed', () => {
    const md = findingsSection(scale, { perCode: 3, collapseRest: true });
    expect(md).toContain('- **166 × `SCALE_MISMATCH`** A value is on a different scale than the threshold it is compared with');
    expect(md).toContain('  - `SCALE_MISMATCH` evals/m/r002.json:3 — value 2 is on a 0-100 scale');
    expect(md).toContain('<details><summary>and 163 more</summary>');
    expect(md.match(/`SCALE_MISMATCH` evals/g)).toHaveLength(166);
  });

  it('shortens to one example per code, then to a count with one place', () => {
    const one = findingsSection(scale, { perCode: 1, collapseRest: false });
    expect(one).toContain('  - … and 165 more');
    expect(one).not.toContain('<details>');
    const none = findingsSection(scale, { perCode: 0, collapseRest: false });
    expect(none).toContain(
      '- **166 × `SCALE_MISMATCH`** A value is on a different scale than the threshold it is compared with e.g. evals/m/r000.json:3, and 165 more',
    );
  });

  it('points at the checklist instead of repeating pending safeguards', () => {
    const pending = ['a', 'b'].map((id) =>
      finding('SAFEGUARD_PENDING', 'warning', `m: safeguard ${id} is pending`, { file: 'models/m/model.yaml', line: 8, model: 'm' }),
    );
    const md = findingsSection(pending, { perCode: 3, collapseRest: true });
    expect(md).toBe('### Findings\n\n**⚠️ 2 warnings**\n\n- 2 safeguards pending (`SAFEGUARD_PENDING`): see the checklist above.');
  });
});
