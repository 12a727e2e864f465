// `/rsp attest <safeguard-id> [model-id] [fp:<hex>]`: an owner affirms a safeguard is in place.
import type { Command } from '../parse.ts';
import { commentCounts, isCurrentlyOneOf, sameLogin } from '../authorize.ts';
import { commandTime, headChangedSince, headUntimed, sourceOf, type CommandHandler } from '../handler.ts';
import type { Attestation } from '../../engine/inputs.ts';
import { checkSafeguardTarget, notEvaluatedHere } from './safeguard-target.ts';

type Attest = Extract<Command, { name: 'attest' }>;

export const attest: CommandHandler<Attest> = {
  help: {
    usage: '`/rsp attest <safeguard-id> [model-id] [fp:<hex>]`',
    does: 'Affirm a required safeguard is in place; `fp:` binds it to the evidence the checklist shows',
    who: "The safeguard's owners (not the PR author, unless the policy allows it)",
  },
  async authorize(command, ctx) {
    const counts = commentCounts(ctx.comment.author);
    if (!counts.allowed) return counts;
    const target = checkSafeguardTarget(command, ctx);
    if (!target.allowed) return target;
    const login = ctx.comment.author.login;
    if (sameLogin(login, ctx.prAuthor) && !ctx.policy.approvals.self_attestation) {
      return {
        allowed: false,
        reason: `${login} opened this PR and the policy does not let authors attest their own PR (approvals.self_attestation)`,
      };
    }
    const owner = await isCurrentlyOneOf(target.safeguard.owners, login, ctx.access, `owners of ${command.safeguard}`);
    if (!owner.allowed || command.fingerprint !== undefined) return owner;
    // Unbound and untimed: it could predate the head it would vouch for. Only the fingerprint form can count.
    const untimed = headUntimed(ctx);
    if (untimed !== undefined) {
      const form = ['/rsp attest', command.safeguard, command.model ?? '<model>', 'fp:<fingerprint>'].join(' ');
      return { allowed: false, reason: `${untimed}; attest with the fingerprint the checklist shows instead: ${form}` };
    }
    return owner;
  },

  apply(command, ctx, inputs) {
    const attestation: Attestation = {
      kind: 'attest',
      safeguard: command.safeguard,
      by: ctx.comment.author.login,
      at: commandTime(ctx.comment),
      source: sourceOf(ctx.comment),
    };
    if (command.model !== undefined) attestation.model = command.model;
    // Bound to the evidence fingerprint when given; otherwise the engine outdates it once the head moves on.
    if (command.fingerprint !== undefined) attestation.fingerprint = command.fingerprint;
    else attestation.headChangedSince = headChangedSince(ctx);
    if (ctx.comment.url !== undefined) attestation.url = ctx.comment.url;
    inputs.attestations.push(attestation);
  },

  after(command, verdict) {
    const refused = verdict === undefined ? undefined : notEvaluatedHere(command, verdict);
    return refused === undefined ? {} : { refused };
  },
};
