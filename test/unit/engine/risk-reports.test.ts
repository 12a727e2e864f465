// RSP v3 section 3 cadence: a model at a deployed stage needs a covering Risk Report younger than the cadence.
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../src/engine/evaluate.ts';
import { riskReportFindings } from '../../../src/engine/risk-reports.ts';
import type { EvaluationInput } from '../../../src/engine/types.ts';
import type { LoadedRiskReport } from '../../../src/evidence/risk-report.ts';
import { parseDate } from '../../../src/common/dates.ts';
import type { RiskReportRule } from '../../../src/policy/schema.ts';
import { input, model, policy } from './factories.ts';

const RULE: RiskReportRule = { paths: ['risk-reports/**'], cadence_days: 183, stages: ['limited', 'general'] };
const REFERENCE_DAY = parseDate('2026-12-01')!.day;

function report(date: string, models = ['frontier-7'], file = `risk-reports/${date}.md`): LoadedRiskReport {
  return { file, date, models, approvers: ['ceo', 'rso'], dateLine: 3 };
}

const deployed = model('frontier-7', { stage: 'general' });
const codes = (reports: LoadedRiskReport[], m = deployed, rule: RiskReportRule | undefined = RULE) =>
  riskReportFindings(m, reports, rule, REFERENCE_DAY).map((f) => f.code);

describe('the Risk Report cadence rule', () => {
  it('passes a deployed model covered by a report within the cadence, up to its last day', () => {
    expect(codes([report('2026-09-01')])).toEqual([]);
    // 2026-06-01 is exactly 183 days before 2026-12-01.
    expect(codes([report('2026-06-01')])).toEqual([]);
    expect(codes([report('2026-05-31')])).toEqual(['RISK_REPORT_OVERDUE']);
  });

  it('finds a deployed model whose newest covering report is one day past the cadence overdue, at the report date line', () => {
    const [f] = riskReportFindings(deployed, [report('2026-05-30'), report('2026-01-10')], RULE, REFERENCE_DAY);
    expect(f).toMatchObject({
      code: 'RISK_REPORT_OVERDUE',
      severity: 'error',
      file: 'risk-reports/2026-05-30.md',
      line: 3,
      model: 'frontier-7',
    });
    expect(f!.message).toContain('185 days');
  });

  it('judges by the newest covering report, whatever the order', () => {
    expect(codes([report('2026-01-10'), report('2026-10-01')])).toEqual([]);
    expect(codes([report('2026-10-01'), report('2026-01-10')])).toEqual([]);
  });

  it('finds a deployed model no report covers missing, at its stage line', () => {
    const [f] = riskReportFindings(deployed, [report('2026-11-01', ['atlas-2'])], RULE, REFERENCE_DAY);
    expect(f).toMatchObject({ code: 'RISK_REPORT_MISSING', severity: 'error', file: 'models/frontier-7/model.yaml', line: 4 });
    expect(codes([])).toEqual(['RISK_REPORT_MISSING']);
  });

  it('counts a report that names the model by an alias', () => {
    expect(codes([report('2026-11-01', ['acme/frontier-7'])])).toEqual([]);
  });

  it('does not count a report dated after the reference date', () => {
    expect(codes([report('2027-01-15')])).toEqual(['RISK_REPORT_MISSING']);
    expect(codes([report('2027-01-15'), report('2026-02-01')])).toEqual(['RISK_REPORT_OVERDUE']);
  });

  it('asks nothing of models at other stages, or when the policy declares no Risk Reports', () => {
    expect(codes([], model('frontier-7', { stage: 'internal' }))).toEqual([]);
    expect(codes([], model('frontier-7', { stage: undefined }))).toEqual([]);
    expect(riskReportFindings(deployed, [], undefined, REFERENCE_DAY)).toEqual([]);
    expect(codes([], model('frontier-7', { stage: 'internal' }), { ...RULE, stages: ['internal'] })).toEqual(['RISK_REPORT_MISSING']);
  });

  it('honours a shorter cadence', () => {
    expect(codes([report('2026-08-01')], deployed, { ...RULE, cadence_days: 92 })).toEqual(['RISK_REPORT_OVERDUE']);
  });

  it('finds an overdue report when the reference date cannot be read (fail closed)', () => {
    expect(riskReportFindings(deployed, [report('2026-11-01')], RULE, undefined).map((f) => f.code)).toEqual(['RISK_REPORT_OVERDUE']);
  });
});

describe('Risk Reports in a verdict', () => {
  const run = (overrides: Partial<EvaluationInput>) =>
    evaluate(input({ policy: policy({ risk_reports: RULE }), headModels: [deployed], baseModels: [deployed], ...overrides }));

  it('fails a deployed model without a current report, with the finding on the model', () => {
    const v = run({ riskReports: [report('2026-03-01')] });
    expect(v.conclusion).toBe('failure');
    expect(v.models[0]!.findings.map((f) => f.code)).toContain('RISK_REPORT_OVERDUE');
  });

  it('lets an unreadable report block only when a model in scope needs a report', () => {
    const broken = { code: 'RISK_REPORT_INVALID' as const, severity: 'error' as const, message: 'x', file: 'risk-reports/bad.md', line: 1 };
    const needed = run({ riskReports: [report('2026-11-01')], riskReportReadFindings: [broken] });
    expect(needed.findings.map((f) => f.code)).toContain('RISK_REPORT_INVALID');
    const internal = model('frontier-7', { stage: 'internal' });
    const notNeeded = run({ headModels: [internal], baseModels: [internal], riskReportReadFindings: [broken] });
    expect(notNeeded.findings.map((f) => f.code)).not.toContain('RISK_REPORT_INVALID');
  });
});
