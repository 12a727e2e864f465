// `/rsp approve-assessment <model-id> [fp:<hex>]`: an assessor attests the claims this PR makes about a model — a new
// last assessment, less effective compute, a lower declared level, results removed or replaced.
import type { Command } from '../parse.ts';
import { commentCounts, isCurrentlyOneOf, sameLogin } from '../authorize.ts';
import { commandTime, headChangedSince, headUntimed, sourceOf, type CommandContext, type CommandHandler } from '../handler.ts';
import { notEvaluatedReason } from '../../engine/ledger-entries.ts';
import type { AssessmentApproval } from '../../engine/inputs.ts';
import type { Decision } from '../authorize.ts';

type ApproveAssessment = Extract<Command, { name: 'approve-assessment' }>;

/** The assessors the policy names; without any, its policy approvers. */
function assessors(ctx: CommandContext): { list: readonly string[]; role: string } {
  const { assessment, policy } = ctx.policy.approvals;
  return assessment.length > 0
    ? { list: assessment, role: 'assessors (approvals.assessment)' }
    : { list: policy, role: 'assessors (approvals.assessment, or else approvals.policy)' };
}

function knownModel(command: ApproveAssessment, ctx: CommandContext): Decision | undefined {
  if (ctx.models === undefined) return undefined;
  const name = command.model.toLowerCase();
  const known = ctx.models.some((m) => m.id.toLowerCase() === name || m.aliases.some((a) => a.toLowerCase() === name));
  return known ? undefined : { allowed: false, reason: `no model "${command.model}" is defined at the PR head` };
}

export const approveAssessment: CommandHandler<ApproveAssessment> = {
  help: {
    usage: '`/rsp approve-assessment <model-id> [fp:<hex>]`',
    does: "Attest this PR's claims about a model (last_assessment, lower effective_compute or declared_level, removed results); `fp:` binds it to the fingerprint the report shows",
    who: 'The assessors (`approvals.assessment`, or else `approvals.policy`), not the PR author unless the policy allows it',
  },
  async authorize(command, ctx) {
    const counts = commentCounts(ctx.comment.author);
    if (!counts.allowed) return counts;
    const unknown = knownModel(command, ctx);
    if (unknown) return unknown;
    const login = ctx.comment.author.login;
    if (sameLogin(login, ctx.prAuthor) && !ctx.policy.approvals.self_attestation) {
      return {
        allowed: false,
        reason: `${login} opened this PR and the policy does not let authors attest their own claims (approvals.self_attestation)`,
      };
    }
    const { list, role } = assessors(ctx);
    const assessor = await isCurrentlyOneOf(list, login, ctx.access, role);
    if (!assessor.allowed || command.fingerprint !== undefined) return assessor;
    const untimed = headUntimed(ctx);
    if (untimed !== undefined)
      return {
        allowed: false,
        reason: `${untimed}; attest with the fingerprint the report shows instead: /rsp approve-assessment ${command.model} fp:<fingerprint>`,
      };
    return assessor;
  },

  apply(command, ctx, inputs) {
    const approval: AssessmentApproval = {
      model: command.model,
      by: ctx.comment.author.login,
      at: commandTime(ctx.comment),
      source: sourceOf(ctx.comment),
    };
    if (command.fingerprint !== undefined) approval.fingerprint = command.fingerprint;
    else approval.headChangedSince = headChangedSince(ctx);
    if (ctx.comment.url !== undefined) approval.url = ctx.comment.url;
    inputs.assessmentApprovals.push(approval);
  },

  after(command, verdict) {
    if (verdict === undefined) return {};
    const name = command.model.toLowerCase();
    if (verdict.models.some((m) => m.id.toLowerCase() === name)) return {};
    return {
      refused: notEvaluatedReason(
        command.model,
        verdict.models.map((m) => m.id),
      ),
    };
  },
};
