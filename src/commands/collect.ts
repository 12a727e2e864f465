// Re-derive the attestations and approvals of a PR from all its comments, authorising each one again against the
// base policy, so that nothing is remembered between evaluations except what is on GitHub.
import type { Policy } from '../policy/schema.ts';
import { parseCommands, type Command, type CommandError } from './parse.ts';
import { memoizeAccess, type AccessLookup, type Decision } from './authorize.ts';
import { commandTime, sourceOf, type CommandComment, type CommandContext, type CommandInputs, type KnownModel } from './handler.ts';
import type { LedgerEntry } from '../engine/ledger.ts';
import { carriesState, handlerFor } from './registry.ts';
import { evaluate as evaluateHandler } from './handlers/evaluate.ts';
import { help as helpHandler } from './handlers/help.ts';

export interface CollectInput {
  /** Every comment of the PR except the gate's own. */
  comments: readonly CommandComment[];
  policy: Policy;
  prAuthor: string;
  /** See CommandContext.headPushedBy: the earliest check suite of the head, null when it has none. */
  headPushedBy: string | null;
  access: AccessLookup;
  models?: readonly KnownModel[];
  /** The comment that started this run: all its commands are authorised and answered. */
  triggerId?: string;
}

interface CommandOutcome {
  command: Command;
  decision: Decision;
}

export interface TriggerCommands {
  comment: CommandComment;
  outcomes: CommandOutcome[];
  errors: CommandError[];
}

export interface Collected {
  inputs: CommandInputs;
  trigger?: TriggerCommands;
  /** Every comment's state-carrying commands with their decisions, and its parse errors, in time order. */
  decided: TriggerCommands[];
}

export async function collectCommands(input: CollectInput): Promise<Collected> {
  const access = memoizeAccess(input.access);
  const inputs: CommandInputs = { attestations: [], approvals: [], assessmentApprovals: [], ledger: [] };
  let trigger: TriggerCommands | undefined;
  const decided: TriggerCommands[] = [];
  const ordered = [...input.comments].sort((a, b) => Date.parse(a.createdAt) - Date.parse(b.createdAt) || (a.id < b.id ? -1 : 1));
  for (const comment of ordered) {
    const isTrigger = comment.id === input.triggerId;
    const parsed = parseCommands(comment.body);
    const ctx: CommandContext = {
      comment,
      policy: input.policy,
      prAuthor: input.prAuthor,
      headPushedBy: input.headPushedBy,
      access,
      ...(input.models === undefined ? {} : { models: input.models }),
    };
    const outcomes: CommandOutcome[] = [];
    for (const command of parsed.commands) {
      if (!isTrigger && !carriesState(command)) continue;
      const handler = handlerFor(command);
      const decision = await handler.authorize(command, ctx);
      if (decision.allowed) handler.apply?.(command, ctx, inputs);
      else if (carriesState(command)) inputs.ledger.push(refusedEntry(command, comment, decision.reason));
      outcomes.push({ command, decision });
    }
    if (isTrigger) trigger = { comment, outcomes, errors: parsed.errors };
    if (outcomes.length > 0 || parsed.errors.length > 0) decided.push({ comment, outcomes, errors: parsed.errors });
  }
  return trigger === undefined ? { inputs, decided } : { inputs, trigger, decided };
}

/** A state-carrying command refused before the evaluation, as the ledger records it (the engine records the rest). */
function refusedEntry(command: Extract<Command, { name: LedgerEntry['command'] }>, comment: CommandComment, reason: string): LedgerEntry {
  const entry: LedgerEntry = {
    command: command.name,
    user: comment.author.login,
    at: commandTime(comment),
    source: sourceOf(comment),
    counted: false,
    reason,
  };
  if ('safeguard' in command) entry.safeguard = command.safeguard;
  if ('model' in command && command.model !== undefined) entry.model = command.model;
  if ('fingerprint' in command && command.fingerprint !== undefined) entry.fingerprint = command.fingerprint;
  return entry;
}

export interface Preflight {
  /** True when the comment asks for an evaluation (or carries commands only an evaluation can answer). */
  evaluate: boolean;
  /** When no evaluation follows: the decisions to answer the comment with. */
  trigger?: TriggerCommands;
}

/**
 * Decide, before anything is read, whether a comment calls for an evaluation: one holding only `help`, parse errors
 * or an `evaluate` its author may not run costs no evaluation.
 */
export async function preflight(comment: CommandComment, prAuthor: string, access: AccessLookup): Promise<Preflight> {
  const parsed = parseCommands(comment.body);
  if (parsed.commands.some((c) => c.name !== 'evaluate' && c.name !== 'help')) return { evaluate: true };
  const ctx = { comment, prAuthor, access };
  const outcomes: CommandOutcome[] = [];
  for (const command of parsed.commands) {
    if (command.name === 'evaluate') outcomes.push({ command, decision: await evaluateHandler.authorize(command, ctx) });
    else if (command.name === 'help') outcomes.push({ command, decision: await helpHandler.authorize(command, ctx) });
  }
  if (outcomes.some((o) => o.command.name === 'evaluate' && o.decision.allowed)) return { evaluate: true };
  return { evaluate: false, trigger: { comment, outcomes, errors: parsed.errors } };
}
