// A Risk Report file: YAML, or Markdown with YAML front matter; problems are RISK_REPORT_INVALID at the file's line.
import { describe, expect, it } from 'vitest';
import { loadRiskReport } from '../../../src/evidence/risk-report.ts';

const MARKDOWN = `---
title: Q3 report
date: 2026-09-30
models: [frontier-7, atlas-2]
approvers: [ceo, rso]
---

# Risk Report
`;

describe('a Risk Report file', () => {
  it('reads Markdown front matter with the date line of the whole file', () => {
    expect(loadRiskReport(MARKDOWN, 'risk-reports/q3.md')).toEqual({
      report: { file: 'risk-reports/q3.md', date: '2026-09-30', models: ['frontier-7', 'atlas-2'], approvers: ['ceo', 'rso'], dateLine: 3 },
      findings: [],
    });
  });

  it('reads a YAML file, the date quoted or not', () => {
    const yaml = "date: '2026-09-30'\nmodels: [frontier-7]\napprovers: [rso]\n";
    expect(loadRiskReport(yaml, 'risk-reports/q3.yaml').report).toMatchObject({ date: '2026-09-30', dateLine: 1 });
  });

  it('refuses a report without approvers, with a misspelt key or an impossible date, at the line', () => {
    const cases: Array<[string, number]> = [
      [MARKDOWN.replace('approvers: [ceo, rso]', 'approvers: []'), 5],
      [MARKDOWN.replace('models:', 'model:'), 4],
      [MARKDOWN.replace('2026-09-30', "'2026-02-31'"), 3],
    ];
    for (const [text, line] of cases) {
      const { report, findings } = loadRiskReport(text, 'risk-reports/q3.md');
      expect(report).toBeUndefined();
      expect(findings).toContainEqual(
        expect.objectContaining({ code: 'RISK_REPORT_INVALID', severity: 'error', file: 'risk-reports/q3.md', line }),
      );
    }
  });

  it('refuses a Markdown report without front matter and a file that is not YAML', () => {
    expect(loadRiskReport('# Report\n', 'risk-reports/q3.md').findings[0]).toMatchObject({ code: 'RISK_REPORT_INVALID', line: 1 });
    expect(loadRiskReport('date: [\n', 'risk-reports/q3.yaml').findings[0]).toMatchObject({ code: 'RISK_REPORT_INVALID' });
  });
});
