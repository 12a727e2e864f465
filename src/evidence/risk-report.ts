// One Risk Report file (RSP v3 section 3): a YAML file, or a Markdown report whose YAML front matter says its date,
// the models it covers and who approved it. It never throws; a file it cannot read gives RISK_REPORT_INVALID findings.
import { finding, type Finding } from '../common/finding.ts';
import { validate } from '../common/yaml.ts';
import { parseDate } from '../common/dates.ts';
import { readConfigDocument } from '../policy/read-document.ts';
import { RiskReportSchema } from '../policy/schema.ts';
import { yamlOfFile } from './front-matter.ts';

export interface LoadedRiskReport {
  file: string;
  /** YYYY-MM-DD */
  date: string;
  models: string[];
  approvers: string[];
  /** Line of the `date` key in the file, for findings. */
  dateLine: number;
}

export function loadRiskReport(text: string, file: string): { report?: LoadedRiskReport; findings: Finding[] } {
  const block = yamlOfFile(text, file);
  if (block === undefined) {
    const message = 'Risk Report: a Markdown report needs YAML front matter (date, models, approvers) between --- lines';
    return { findings: [finding('RISK_REPORT_INVALID', 'error', message, { file, line: 1 })] };
  }
  const doc = readConfigDocument(block.yaml, file, {
    parseCode: 'RISK_REPORT_INVALID',
    invalidCode: 'RISK_REPORT_INVALID',
    label: 'Risk Report',
  });
  const shift = (f: Finding): Finding => (f.line === undefined ? f : { ...f, line: f.line + block.lineOffset });
  if (doc.value === undefined) return { findings: doc.findings.map(shift) };
  // YAML reads an unquoted 2026-09-30 as a timestamp; the format is the calendar day.
  if (doc.value.date instanceof Date && !Number.isNaN(doc.value.date.getTime())) doc.value.date = doc.value.date.toISOString().slice(0, 10);
  const checked = validate(RiskReportSchema, { value: doc.value, findings: [], locate: doc.locate }, 'RISK_REPORT_INVALID', 'Risk Report');
  const findings = [...doc.findings, ...checked.findings].map(shift);
  const dateLine = (doc.locate(['date']).line ?? 1) + block.lineOffset;
  const value = checked.value;
  if (value === undefined || findings.length > 0) return { findings };
  if (parseDate(value.date) === undefined) {
    return {
      findings: [
        finding('RISK_REPORT_INVALID', 'error', `Risk Report: date "${value.date}" is not a calendar date`, { file, line: dateLine }),
      ],
    };
  }
  return { report: { file, date: value.date, models: value.models, approvers: value.approvers, dateLine }, findings: [] };
}
