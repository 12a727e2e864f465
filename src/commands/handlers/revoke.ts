// `/rsp revoke <safeguard-id> [model-id]`: an owner withdraws an attestation made on this PR.
import type { Command } from '../parse.ts';
import { commentCounts, isOneOf } from '../authorize.ts';
import { commandTime, sourceOf, type CommandHandler } from '../handler.ts';
import type { Attestation } from '../../engine/inputs.ts';
import { checkSafeguardTarget, notEvaluatedHere } from './safeguard-target.ts';

type Revoke = Extract<Command, { name: 'revoke' }>;

export const revoke: CommandHandler<Revoke> = {
  help: { usage: '`/rsp revoke <safeguard-id> [model-id]`', does: 'Withdraw an attestation', who: "The safeguard's owners" },
  async authorize(command, ctx) {
    const counts = commentCounts(ctx.comment.author);
    if (!counts.allowed) return counts;
    const target = checkSafeguardTarget(command, ctx);
    if (!target.allowed) return target;
    return isOneOf(target.safeguard.owners, ctx.comment.author.login, ctx.access, `owners of ${command.safeguard}`);
  },

  apply(command, ctx, inputs) {
    const revocation: Attestation = {
      kind: 'revoke',
      safeguard: command.safeguard,
      by: ctx.comment.author.login,
      at: commandTime(ctx.comment),
      source: sourceOf(ctx.comment),
    };
    if (command.model !== undefined) revocation.model = command.model;
    if (ctx.comment.url !== undefined) revocation.url = ctx.comment.url;
    inputs.attestations.push(revocation);
  },

  after(command, verdict) {
    const refused = verdict === undefined ? undefined : notEvaluatedHere(command, verdict);
    return refused === undefined ? {} : { refused };
  },
};
