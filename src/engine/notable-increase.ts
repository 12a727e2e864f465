// A notable capability increase (effective compute grown past the policy's ratio) demands a fresh comprehensive assessment.
import { UNSET } from '../policy/schema.ts';
import { finding, type Finding } from '../common/finding.ts';
import { formatNumber } from './format.ts';
import type { LoadedModel } from '../policy/loaded-model.ts';

export function checkNotableIncrease(model: LoadedModel, ratioLimit: number | typeof UNSET): Finding[] {
  const { id, effective_compute: compute, last_assessment: last } = model.config;
  const line = model.lines['effective_compute'] ?? model.lines['last_assessment'] ?? model.lines['id'] ?? 1;
  const where = { file: model.file, line, model: id };
  const missing: string[] = [];
  if (ratioLimit === UNSET) missing.push('the policy leaves assessment.notable_increase unset');
  if (compute === undefined) missing.push('effective_compute is not given');
  if (last?.effective_compute === undefined) missing.push('last_assessment.effective_compute is not given');
  if (ratioLimit === UNSET || compute === undefined || last?.effective_compute === undefined) {
    return [
      finding('NOTABLE_INCREASE_UNASSESSED', 'warning', `${id}: cannot tell whether capability grew notably: ${missing.join('; ')}`, where),
    ];
  }
  const ratio = compute / last.effective_compute;
  if (ratio < ratioLimit) return [];
  return [
    finding(
      'NOTABLE_INCREASE_UNASSESSED',
      'error',
      `${id}: effective compute ${formatNumber(compute)} is ${formatNumber(ratio)}x that of the last comprehensive assessment (${last.date}, ${formatNumber(last.effective_compute)}); the policy requires a new assessment at ${formatNumber(ratioLimit)}x`,
      where,
    ),
  ];
}
