// The explanation `/rsp explain` replies with: every capability of a model, its status, and the evidence and rule
// behind it, as a nested list.
import type { EvidenceVerdict, ModelVerdict } from '../engine/types.ts';
import { codeSpan, escapeMarkdown } from './escape.ts';
import { boundText, locationText, numberOrDash, valueText } from './evidence-text.ts';
import { CAPABILITY_LABEL, CONCLUSION_LABEL } from './labels.ts';

/** The reasons behind every status of one model, as a nested list. */
export function explainModel(model: ModelVerdict): string {
  const { icon, word } = CONCLUSION_LABEL[model.conclusion];
  const lines = [`**${escapeMarkdown(model.id)}**: ${icon} ${word}; requires ${escapeMarkdown(model.requiredLevel)}, declares ${escapeMarkdown(model.declaredLevel)}`];
  for (const c of model.capabilities) {
    const label = CAPABILITY_LABEL[c.status];
    lines.push(`- ${label.icon} ${codeSpan(c.id)} ${escapeMarkdown(c.title)}: **${label.word}** (requires ${escapeMarkdown(c.requires)}). ${escapeMarkdown(c.reason)}`);
    for (const e of c.evidence) lines.push(`  - ${explainEvidence(e)}`);
  }
  if (model.capabilities.length === 0) lines.push('- The policy defines no capabilities.');
  return lines.join('\n');
}

function explainEvidence(e: EvidenceVerdict): string {
  const where = locationText(e.file, e.line);
  const source = where === '' ? '' : ` from ${codeSpan(where)}`;
  const numbers = `${valueText(e)}, bound ${boundText(e)}, alert ${numberOrDash(e.alert)}, threshold ${numberOrDash(e.threshold)}`;
  return `${codeSpan(`${e.eval} / ${e.metric}`)}: ${numbers}${source}: **${CAPABILITY_LABEL[e.status].word}**. ${escapeMarkdown(e.reason)}`;
}
