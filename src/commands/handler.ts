// The shape every command handler has (one command, one handler, authorisation first), and what it works with.
import type { AssessmentApproval, Attestation, PolicyApproval } from '../engine/inputs.ts';
import type { AccessLookup, CommentAuthor, Decision } from './authorize.ts';
import type { Command } from './parse.ts';
import type { Policy } from '../policy/schema.ts';
import type { Verdict } from '../engine/types.ts';
import type { LedgerEntry, LedgerSource } from '../engine/ledger.ts';

/** A PR comment as the commands see it. */
export interface CommandComment {
  /** Stable id of the comment (GraphQL node id). */
  id: string;
  /** REST id, for reactions. */
  databaseId?: number;
  author: CommentAuthor;
  body: string;
  createdAt: string;
  lastEditedAt: string | null;
  url?: string;
  /** Where it was posted: a PR comment (when undefined) or the body of a review; simulated: `rsp-gate check --attest`. */
  kind?: 'comment' | 'review' | 'simulated';
}

/** The comment or review a command came from, as the ledger names it. */
export function sourceOf(comment: CommandComment): LedgerSource {
  return { kind: comment.kind ?? 'comment', id: comment.id, ...(comment.url === undefined ? {} : { url: comment.url }) };
}

/** A model the PR's head defines, so that commands naming an unknown model can be refused. */
export interface KnownModel {
  id: string;
  aliases: readonly string[];
}

/** What commands that do not depend on the policy (evaluate, help) are decided with, before anything is read. */
export interface PolicyFreeContext {
  comment: CommandComment;
  prAuthor: string;
  access: AccessLookup;
}

export interface CommandContext extends PolicyFreeContext {
  /** The base policy: the one that judges the PR. */
  policy: Policy;
  /**
   * When the PR head became the PR's head at the latest (ISO), from times GitHub sets: the later of the earliest check
   * suite of the head and the last force-push to it on the PR's timeline. null: no such time, so no comment can be
   * shown to come after the push.
   */
  headPushedBy: string | null;
  /** Models known at the head, when known before the evaluation. */
  models?: readonly KnownModel[];
}

/** What authorised commands contribute to an evaluation. */
export interface CommandInputs {
  attestations: Attestation[];
  approvals: PolicyApproval[];
  assessmentApprovals: AssessmentApproval[];
  /** The state-carrying commands refused before the evaluation, with the reason the reply gives. */
  ledger: LedgerEntry[];
}

/** What a handler says about its command once the verdict is known (only for the comment that triggered the run). */
interface AfterEvaluation {
  /** Set when the verdict shows the command could not take effect. */
  refused?: string;
  /** What the reply should show besides the outcome (rendered by the report layer). */
  show?: ReplyContent;
}

/** Content a command asks the reply to show: the explanation of some models, the command table, or a sentence. */
export type ReplyContent = { kind: 'explain'; models: string[] } | { kind: 'help' } | { kind: 'note'; text: string };

/** One row of `/rsp help`, kept beside the handler it describes. */
interface CommandHelp {
  usage: string;
  does: string;
  who: string;
}

export interface CommandHandler<C extends Command = Command> {
  help: CommandHelp;
  /** May this comment's author run this command on this PR? Asked again at every evaluation. */
  authorize(command: C, ctx: CommandContext): Promise<Decision>;
  /** Add what an authorised command contributes to the evaluation. */
  apply?(command: C, ctx: CommandContext, inputs: CommandInputs): void;
  /** The answer for the triggering comment; `verdict` undefined when the run ended without an evaluation. */
  after?(command: C, verdict: Verdict | undefined): AfterEvaluation;
}

/** When the command was made: an edit replaces what the comment says, so it counts from the edit. */
export function commandTime(comment: CommandComment): string {
  return comment.lastEditedAt ?? comment.createdAt;
}

/**
 * True unless the command was certainly made after the current head became the PR's head: strictly after
 * `headPushedBy`, since GitHub keeps times to the second and a push in the same second may follow the comment.
 * Without a time for the head, or with a time that cannot be read, it cannot be shown: true (fail closed).
 */
export function headChangedSince(ctx: Pick<CommandContext, 'comment' | 'headPushedBy'>): boolean {
  if (ctx.headPushedBy === null) return true;
  const pushed = Date.parse(ctx.headPushedBy);
  const at = Date.parse(commandTime(ctx.comment));
  if (Number.isNaN(pushed) || Number.isNaN(at)) return true;
  return at <= pushed;
}

/** Why an unbound command cannot count at all on this head, or undefined when the head has a check suite to time it by. */
export function headUntimed(ctx: CommandContext): string | undefined {
  if (ctx.headPushedBy !== null) return undefined;
  return 'GitHub shows no check suite on the PR head, so rsp-gate cannot tell that this comment came after the latest push';
}
