// `/rsp help`: the commands, and who may use them.
import type { Command } from '../parse.ts';
import { commentCounts } from '../authorize.ts';
import type { CommandHandler, PolicyFreeContext } from '../handler.ts';
import type { Decision } from '../authorize.ts';

type Help = Extract<Command, { name: 'help' }>;

export const HELP_TEXT = [
  'Commands (one per line, at the start of the line, outside code blocks and quotes):',
  '',
  '| Command | What it does | Who may use it |',
  '| --- | --- | --- |',
  '| `/rsp evaluate` | Evaluate the PR again | Anyone with write access |',
  '| `/rsp attest <safeguard-id> [model-id] [fp:<hex>]` | Affirm a required safeguard is in place; `fp:` binds it to the evidence the checklist shows | The safeguard\'s owners (not the PR author, unless the policy allows it) |',
  '| `/rsp revoke <safeguard-id> [model-id]` | Withdraw an attestation | The safeguard\'s owners |',
  '| `/rsp approve-policy` | Approve the policy change this PR makes | The policy approvers (`approvals.policy`) |',
  '| `/rsp explain [model-id]` | Show why each capability has its status | Anyone |',
  '| `/rsp help` | This table | Anyone |',
].join('\n');

export const help: CommandHandler<Help> & { authorize(command: Help, ctx: PolicyFreeContext): Promise<Decision> } = {
  async authorize(_command, ctx) {
    return commentCounts(ctx.comment.author);
  },
  after() {
    return { reply: HELP_TEXT };
  },
};
