// `/rsp evaluate`: run the gate again (e.g. after the policy changed on the base branch).
import type { Command } from '../parse.ts';
import { commentCounts, hasWriteAccess, type Decision } from '../authorize.ts';
import type { CommandHandler, PolicyFreeContext } from '../handler.ts';

type Evaluate = Extract<Command, { name: 'evaluate' }>;

export const evaluate: CommandHandler<Evaluate> & { authorize(command: Evaluate, ctx: PolicyFreeContext): Promise<Decision> } = {
  help: { usage: '`/rsp evaluate`', does: 'Evaluate the PR again', who: 'Anyone with write access' },
  async authorize(_command, ctx) {
    const counts = commentCounts(ctx.comment.author);
    if (!counts.allowed) return counts;
    return hasWriteAccess(ctx.comment.author.login, ctx.access);
  },
};
