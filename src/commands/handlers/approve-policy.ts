// `/rsp approve-policy`: a policy approver accepts the policy change this PR makes.
import type { Command } from '../parse.ts';
import { commentCounts, isOneOf, sameLogin } from '../authorize.ts';
import { commandTime, headChangedSince, headUntimed, type CommandHandler } from '../handler.ts';
import type { PolicyApproval } from '../../engine/inputs.ts';

type ApprovePolicy = Extract<Command, { name: 'approve-policy' }>;

export const approvePolicy: CommandHandler<ApprovePolicy> = {
  help: { usage: '`/rsp approve-policy`', does: 'Approve the policy change this PR makes', who: 'The policy approvers (`approvals.policy`)' },
  async authorize(_command, ctx) {
    const counts = commentCounts(ctx.comment.author);
    if (!counts.allowed) return counts;
    // A policy change needs a second person: its author approving it would lower the bar with one pair of hands.
    const login = ctx.comment.author.login;
    if (sameLogin(login, ctx.prAuthor) && !ctx.policy.approvals.self_approval) {
      return { allowed: false, reason: `${login} opened this PR and the policy does not let authors approve their own policy change (approvals.self_approval)` };
    }
    const approver = await isOneOf(ctx.policy.approvals.policy, ctx.comment.author.login, ctx.access, 'policy approvers (approvals.policy)');
    if (!approver.allowed) return approver;
    // An approval has no fingerprint: it covers the policy as it stood when it was given, so a later push voids it.
    const untimed = headUntimed(ctx);
    if (untimed !== undefined) return { allowed: false, reason: `${untimed}; approve again once a check (such as this gate's) shows on the head` };
    if (headChangedSince(ctx)) return { allowed: false, reason: 'the PR changed after this approval; approve the new head again' };
    return approver;
  },

  apply(_command, ctx, inputs) {
    const approval: PolicyApproval = { by: ctx.comment.author.login, at: commandTime(ctx.comment) };
    if (ctx.comment.url !== undefined) approval.url = ctx.comment.url;
    inputs.approvals.push(approval);
  },

  after(_command, verdict) {
    return verdict === undefined || verdict.policy.changed ? {} : { show: { kind: 'note', text: 'This PR does not change the policy, so there is nothing to approve.' } };
  },
};
