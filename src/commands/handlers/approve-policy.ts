// `/rsp approve-policy`: a policy approver accepts the policy change this PR makes.
import type { Command } from '../parse.ts';
import { commentCounts, isCurrentlyOneOf, sameLogin } from '../authorize.ts';
import { commandTime, headChangedSince, headUntimed, sourceOf, type CommandHandler } from '../handler.ts';
import { NOTHING_TO_APPROVE } from '../../engine/ledger-entries.ts';
import type { PolicyApproval } from '../../engine/inputs.ts';

type ApprovePolicy = Extract<Command, { name: 'approve-policy' }>;

export const approvePolicy: CommandHandler<ApprovePolicy> = {
  help: {
    usage: '`/rsp approve-policy [fp:<hex>]`',
    does: 'Approve the policy change this PR makes; `fp:` binds it to the policy text the report names',
    who: 'The policy approvers (`approvals.policy`)',
  },
  async authorize(command, ctx) {
    const counts = commentCounts(ctx.comment.author);
    if (!counts.allowed) return counts;
    // A policy change needs a second person: its author approving it would lower the bar with one pair of hands.
    const login = ctx.comment.author.login;
    if (sameLogin(login, ctx.prAuthor) && !ctx.policy.approvals.self_approval) {
      return {
        allowed: false,
        reason: `${login} opened this PR and the policy does not let authors approve their own policy change (approvals.self_approval)`,
      };
    }
    const approver = await isCurrentlyOneOf(
      ctx.policy.approvals.policy,
      ctx.comment.author.login,
      ctx.access,
      'policy approvers (approvals.policy)',
    );
    if (!approver.allowed || command.fingerprint !== undefined) return approver;
    // Without a fingerprint an approval covers the head it was made on, so it must be timed after that head's push.
    const untimed = headUntimed(ctx);
    if (untimed !== undefined)
      return {
        allowed: false,
        reason: `${untimed}; approve with the fingerprint the report shows instead: /rsp approve-policy fp:<fingerprint>`,
      };
    return approver;
  },

  apply(command, ctx, inputs) {
    const approval: PolicyApproval = { by: ctx.comment.author.login, at: commandTime(ctx.comment), source: sourceOf(ctx.comment) };
    // Bound to the proposed policy's fingerprint when given; otherwise the engine outdates it once the head moves on.
    if (command.fingerprint !== undefined) approval.fingerprint = command.fingerprint;
    else approval.headChangedSince = headChangedSince(ctx);
    if (ctx.comment.url !== undefined) approval.url = ctx.comment.url;
    inputs.approvals.push(approval);
  },

  after(_command, verdict) {
    return verdict === undefined || verdict.policy.changed ? {} : { show: { kind: 'note', text: NOTHING_TO_APPROVE } };
  },
};
