// The explanation `/rsp explain` replies with: first why the model is not green, what blocks it and who can unblock it;
// then every capability of the model, its status, and the evidence and rule behind it, as a nested list.
import type { Finding } from '../common/finding.ts';
import { plural } from '../engine/format.ts';
import type { EvidenceVerdict, ModelVerdict, Verdict } from '../engine/types.ts';
import { findingLine } from './markdown-findings.ts';
import { isPassing } from './markdown-model.ts';
import { codeSpan, escapeMarkdown } from './escape.ts';
import { boundText, locationText, numberOrDash, valueText } from './evidence-text.ts';
import { CAPABILITY_LABEL, CONCLUSION_LABEL } from './labels.ts';
import { pushTo } from '../common/group.ts';

/** The reasons behind every status of one model, as a nested list. */
function explainModel(model: ModelVerdict): string {
  const { icon, word } = CONCLUSION_LABEL[model.conclusion];
  const lines = [
    `**${escapeMarkdown(model.id)}**: ${icon} ${word}; requires ${escapeMarkdown(model.requiredLevel)}, declares ${escapeMarkdown(model.declaredLevel)}`,
  ];
  for (const c of model.capabilities) {
    const label = CAPABILITY_LABEL[c.status];
    lines.push(
      `- ${label.icon} ${codeSpan(c.id)} ${escapeMarkdown(c.title)}: **${label.word}** (requires ${escapeMarkdown(c.requires)}). ${escapeMarkdown(c.reason)}`,
    );
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

/** Errors block the gate; the PR's author fixes them. Pending safeguards wait for their owners. */
function blockers(model: ModelVerdict, shared: readonly Finding[]): string[] {
  const errors = [...shared, ...model.findings].filter((f) => f.severity === 'error');
  const lines = errors.length > 0 ? [`${plural(errors.length, 'error')}, for the PR's author to fix:`, ...errors.map(findingLine)] : [];
  const byOwner = new Map<string, string[]>();
  for (const s of model.safeguards.filter((s) => s.status === 'pending')) {
    for (const owner of s.owners.length > 0 ? s.owners : ['nobody (the policy names no owner)']) pushTo(byOwner, owner, s.id);
  }
  if (byOwner.size > 0) lines.push(`${plural([...byOwner.values()].flat().length, 'pending attestation')}, for their owners:`);
  for (const [owner, ids] of byOwner) lines.push(`- ${escapeMarkdown(owner)} can attest ${ids.map((id) => codeSpan(id)).join(', ')}`);
  return lines;
}

/** Why the model is (not) green, what blocks it and who can unblock it; then its evidence, once. */
export function explainWithCause(model: ModelVerdict, verdict: Verdict): string {
  const { icon, word } = CONCLUSION_LABEL[model.conclusion];
  const why = isPassing(model)
    ? [`${icon} **${escapeMarkdown(model.id)}** passes (${word}): nothing blocks it.`]
    : [`${icon} **${escapeMarkdown(model.id)}** is not green (${word}) because:`, '', ...blockers(model, verdict.findings)];
  return [...why, '', explainModel(model)].join('\n');
}
