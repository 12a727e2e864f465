// RSP v3 section 3 cadence: every model at a stage the policy names must be covered by a Risk Report, and the newest
// one that covers it must be younger than the policy's cadence at the reference date. Pure: the reports are handed in.
import { finding, type Finding } from '../common/finding.ts';
import { isAfterReference, parseDate } from '../common/dates.ts';
import type { LoadedRiskReport } from '../evidence/risk-report.ts';
import type { LoadedModel } from '../policy/loaded-model.ts';
import type { RiskReportRule } from '../policy/schema.ts';

/** True when the policy requires a Risk Report for this model (its stage is one the rule names). */
export function needsRiskReport(model: LoadedModel, rule: RiskReportRule | undefined): rule is RiskReportRule {
  const stage = model.config.stage;
  return rule !== undefined && stage !== undefined && rule.stages.includes(stage);
}

interface Dated {
  report: LoadedRiskReport;
  day: number;
}

/** The reports that name the model (by id or alias) and are dated by the reference day, newest first. */
function coveringReports(model: LoadedModel, reports: readonly LoadedRiskReport[], referenceDay: number | undefined): Dated[] {
  const names = new Set([model.config.id, ...model.config.aliases]);
  return reports
    .filter((r) => r.models.some((m) => names.has(m)))
    .flatMap((report) => {
      const parsed = parseDate(report.date);
      // A report dated after the reference date (a typo, or one not yet issued) covers nothing yet.
      return parsed === undefined || isAfterReference(parsed, referenceDay) ? [] : [{ report, day: parsed.day }];
    })
    .sort((a, b) => b.day - a.day || (a.report.file < b.report.file ? -1 : a.report.file > b.report.file ? 1 : 0));
}

/** RISK_REPORT_MISSING or RISK_REPORT_OVERDUE for one model, or nothing when it is covered by a current report. */
export function riskReportFindings(
  model: LoadedModel,
  reports: readonly LoadedRiskReport[],
  rule: RiskReportRule | undefined,
  referenceDay: number | undefined,
): Finding[] {
  if (!needsRiskReport(model, rule)) return [];
  const id = model.config.id;
  const stage = model.config.stage;
  const [newest] = coveringReports(model, reports, referenceDay);
  if (newest === undefined) {
    const message = `${id} is at stage ${stage} and no Risk Report (${rule.paths.join(', ')}) dated by the reference date covers it; the policy requires one every ${rule.cadence_days} days`;
    const at = { file: model.file, line: model.lines['stage'] ?? model.lines['id'] ?? 1, model: id };
    return [finding('RISK_REPORT_MISSING', 'error', message, at)];
  }
  const age = referenceDay === undefined ? undefined : referenceDay - newest.day;
  if (age !== undefined && age <= rule.cadence_days) return [];
  const since = age === undefined ? 'its age cannot be measured (the reference date is invalid)' : `${age} days before the reference date`;
  const message = `${id} is at stage ${stage} and its newest Risk Report is from ${newest.report.date}, ${since}; the policy requires one every ${rule.cadence_days} days`;
  return [finding('RISK_REPORT_OVERDUE', 'error', message, { file: newest.report.file, line: newest.report.dateLine, model: id })];
}
