// The answer to the comment that triggered a run: a reply when there is something to explain, and a reaction.
import type { Verdict } from '../engine/types.ts';
import type { TriggerCommands } from '../commands/collect.ts';
import type { ReplyContent } from '../commands/handler.ts';
import { commandText } from '../commands/parse.ts';
import { COMMAND_HELP, handlerFor } from '../commands/registry.ts';
import { codeBlock, codeSpan, escapeMarkdown } from './escape.ts';
import { explainWithCause } from './explain.ts';

/** Marks the gate's replies, so that they are never read as commands. */
export const REPLY_MARKER = '<!-- rsp-gate:reply -->';

type Reaction = '+1' | '-1' | 'confused';

export interface Answer {
  /** Markdown reply, or undefined when the reaction says it all. */
  reply?: string;
  reaction: Reaction;
}

/** `verdict` undefined: the run did not get as far as an evaluation (e.g. every command was refused). */
export function answerTrigger(trigger: TriggerCommands, verdict: Verdict | undefined): Answer {
  const lines: string[] = [];
  const extra: string[] = [];
  let refused = 0;
  for (const { command, decision } of trigger.outcomes) {
    const shown = codeSpan(commandText(command));
    if (!decision.allowed) {
      refused++;
      lines.push(`- ❌ ${shown} (line ${command.line}) refused: ${escapeMarkdown(decision.reason)}`);
      continue;
    }
    const after = handlerFor(command).after?.(command, verdict) ?? {};
    if (after.refused !== undefined) {
      refused++;
      lines.push(`- ❌ ${shown} (line ${command.line}) had no effect: ${escapeMarkdown(after.refused)}`);
    } else {
      lines.push(`- ✅ ${shown} accepted (${escapeMarkdown(decision.via)})`);
    }
    if (after.show !== undefined) extra.push(renderContent(after.show, verdict, trigger.comment.author.login));
  }
  for (const error of trigger.errors) lines.push(`- ❓ line ${error.line} ${codeSpan(error.text)}: ${escapeMarkdown(error.message)}`);
  if (trigger.errors.length > 0 && !trigger.outcomes.some((o) => o.command.name === 'help')) extra.push(helpTable());

  const reaction: Reaction = refused > 0 ? '-1' : trigger.errors.length > 0 ? 'confused' : '+1';
  if (refused === 0 && trigger.errors.length === 0 && extra.length === 0) return { reaction };
  const reply = [
    REPLY_MARKER,
    `Commands in the comment by ${escapeMarkdown(trigger.comment.author.login)}:`,
    '',
    ...lines,
    ...extra.flatMap((e) => ['', e]),
  ];
  return { reply: reply.join('\n'), reaction };
}

function renderContent(content: ReplyContent, verdict: Verdict | undefined, login: string): string {
  if (content.kind === 'help') return [yourPart(login, verdict), helpTable()].join('\n\n');
  if (content.kind === 'note') return escapeMarkdown(content.text);
  return (verdict?.models ?? [])
    .filter((m) => content.models.includes(m.id))
    .map((m) => explainWithCause(m, verdict!))
    .join('\n\n');
}

/** What the commenter can do on this PR: the safeguards that name them, and those of teams they may belong to. */
export function yourPart(login: string, verdict: Verdict | undefined): string {
  const who = escapeMarkdown(login);
  if (verdict === undefined)
    return `What is needed on this PR, and from whom, is at the top of the report comment (comment ${codeSpan('/rsp evaluate')} to refresh it).`;
  const pending = verdict.models.flatMap((m) => m.safeguards.filter((s) => s.status === 'pending').map((s) => ({ m, s })));
  const mine = pending.filter(({ s }) => s.owners.some((o) => o.toLowerCase() === login.toLowerCase()));
  const teams = pending.filter(({ s }) => !mine.some((x) => x.s === s) && s.owners.some((o) => o.includes('/')));
  const lines = [
    mine.length > 0
      ? `${who}, the policy names you as an owner of ${mine.length} pending safeguard(s); to attest them, comment:\n\n${codeBlock(mine.map(({ s }) => s.attestCommand))}`
      : `${who}, the policy names you directly as the owner of no pending safeguard on this PR.`,
  ];
  if (teams.length > 0) {
    const rows = teams.map(
      ({ m, s }) =>
        `- ${codeSpan(s.id)} of ${escapeMarkdown(m.id)}, if you belong to ${s.owners
          .filter((o) => o.includes('/'))
          .map(escapeMarkdown)
          .join(' or ')}`,
    );
    lines.push(`Team-owned safeguards pending:\n\n${rows.join('\n')}`);
  }
  if (verdict.policy.changed && verdict.policy.approvedBy.length === 0)
    lines.push(
      `The policy change awaits ${codeSpan('/rsp approve-policy')} from one of the approvers the base policy names (${codeSpan('approvals.policy')}).`,
    );
  return lines.join('\n\n');
}

/** The `/rsp help` table, one row per command from the help each handler carries. */
function helpTable(): string {
  const rows = COMMAND_HELP.map((h) => `| ${h.usage} | ${h.does} | ${h.who} |`);
  return [
    'Commands (one per line, at the start of the line, outside code blocks and quotes):',
    '',
    '| Command | What it does | Who may use it |',
    '| --- | --- | --- |',
    ...rows,
  ].join('\n');
}
