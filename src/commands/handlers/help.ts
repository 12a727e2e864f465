// `/rsp help`: the commands, and who may use them.
import type { Command } from '../parse.ts';
import { commentCounts } from '../authorize.ts';
import type { CommandHandler, PolicyFreeContext } from '../handler.ts';
import type { Decision } from '../authorize.ts';

type Help = Extract<Command, { name: 'help' }>;

export const help: CommandHandler<Help> & { authorize(command: Help, ctx: PolicyFreeContext): Promise<Decision> } = {
  help: { usage: '`/rsp help`', does: 'This table', who: 'Anyone' },
  async authorize(_command, ctx) {
    return commentCounts(ctx.comment.author);
  },
  after() {
    return { show: { kind: 'help' } };
  },
};
