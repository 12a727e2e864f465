// `/rsp explain [model-id]`: every capability of a model with its status and the evidence and rule behind it.
import type { Command } from '../parse.ts';
import { commentCounts } from '../authorize.ts';
import type { CommandHandler } from '../handler.ts';
import type { Verdict } from '../../engine/types.ts';

type Explain = Extract<Command, { name: 'explain' }>;

export const explain: CommandHandler<Explain> = {
  help: { usage: '`/rsp explain [model-id]`', does: 'Show why each capability has its status', who: 'Anyone' },
  async authorize(_command, ctx) {
    return commentCounts(ctx.comment.author);
  },
  after(command, verdict) {
    if (verdict === undefined) return { refused: 'the PR could not be evaluated' };
    const models = pick(verdict, command.model);
    if (models.length === 0) {
      const evaluated = verdict.models.map((m) => m.id).join(', ') || 'none';
      const refused =
        command.model === undefined
          ? 'this PR evaluates no model'
          : `this PR does not evaluate a model "${command.model}" (evaluated: ${evaluated})`;
      return { refused };
    }
    return { show: { kind: 'explain', models } };
  },
};

function pick(verdict: Verdict, model: string | undefined): string[] {
  const ids = verdict.models.map((m) => m.id);
  if (model === undefined) return ids;
  return ids.filter((id) => id.toLowerCase() === model.toLowerCase());
}
