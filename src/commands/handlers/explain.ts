// `/rsp explain [model-id]`: every capability of a model with its status and the evidence and rule behind it.
import type { Command } from '../parse.ts';
import { commentCounts } from '../authorize.ts';
import type { CommandHandler } from '../handler.ts';
import type { EvidenceVerdict, ModelVerdict, Verdict } from '../../engine/types.ts';
import { codeSpan, escapeMarkdown } from '../../report/escape.ts';
import { boundText, locationText, numberOrDash, valueText } from '../../report/evidence-text.ts';
import { CAPABILITY_LABEL, CONCLUSION_LABEL } from '../../report/labels.ts';

type Explain = Extract<Command, { name: 'explain' }>;

export const explain: CommandHandler<Explain> = {
  async authorize(_command, ctx) {
    return commentCounts(ctx.comment.author);
  },
  after(command, verdict) {
    if (verdict === undefined) return { refused: 'the PR could not be evaluated' };
    const models = pick(verdict, command.model);
    if (models.length === 0) {
      const evaluated = verdict.models.map((m) => m.id).join(', ') || 'none';
      const refused = command.model === undefined ? 'this PR evaluates no model' : `this PR does not evaluate a model "${command.model}" (evaluated: ${evaluated})`;
      return { refused };
    }
    return { reply: models.map(explainModel).join('\n\n') };
  },
};

function pick(verdict: Verdict, model: string | undefined): ModelVerdict[] {
  if (model === undefined) return verdict.models;
  return verdict.models.filter((m) => m.id.toLowerCase() === model.toLowerCase());
}

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
