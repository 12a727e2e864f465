// Dates after the evaluation's reference date: a typo (2062 for 2026) must not make a result the freshest, nor
// date an assessment that has not happened. Each is an error at its file and line.
import type { EvidenceRecord } from '../evidence/types.ts';
import { finding, type Finding } from '../common/finding.ts';
import { isAfterReference, parseDate } from '../common/dates.ts';
import type { LoadedModel } from '../policy/loaded-model.ts';

/** One FUTURE_DATE error per result of the model dated after the reference day. */
export function futureResultFindings(records: readonly EvidenceRecord[], modelId: string, referenceDay: number | undefined): Finding[] {
  const findings: Finding[] = [];
  const seen = new Set<string>();
  for (const r of records) {
    if (!isAfterReference(parseDate(r.date), referenceDay)) continue;
    const key = `${r.file}\n${r.line ?? 1}\n${r.date}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const message = `${modelId}: a result (${r.eval} ${r.metric}) is dated ${r.date}, after the reference date: it is not counted as fresh and never displaces older evidence`;
    findings.push(finding('FUTURE_DATE', 'error', message, { file: r.file, line: r.line ?? 1, model: modelId }));
  }
  return findings;
}

/** A FUTURE_DATE error when the model's last comprehensive assessment is dated after the reference day. */
export function futureAssessmentFindings(model: LoadedModel, referenceDay: number | undefined): Finding[] {
  const date = model.config.last_assessment?.date;
  if (date === undefined || !isAfterReference(parseDate(date), referenceDay)) return [];
  const line = model.lines['last_assessment'] ?? model.lines['id'] ?? 1;
  const message = `${model.config.id}: last_assessment.date ${date} is after the reference date: an assessment that has not happened cannot clear a notable increase`;
  return [finding('FUTURE_DATE', 'error', message, { file: model.file, line, model: model.config.id })];
}
