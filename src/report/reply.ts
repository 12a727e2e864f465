// The answer to the comment that triggered a run: a reply when there is something to explain, and a reaction.
import type { Verdict } from '../engine/types.ts';
import type { TriggerCommands } from '../commands/collect.ts';
import type { ReplyContent } from '../commands/handler.ts';
import { commandText, type Command } from '../commands/parse.ts';
import { COMMAND_HELP, handlerFor } from '../commands/registry.ts';
import { codeSpan, escapeMarkdown } from './escape.ts';
import { explainModel } from './explain.ts';

/** Marks the gate's replies, so that they are never read as commands. */
export const REPLY_MARKER = '<!-- rsp-gate:reply -->';

export type Reaction = '+1' | '-1' | 'confused';

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
    if (after.show !== undefined) extra.push(renderContent(after.show, verdict));
  }
  for (const error of trigger.errors) lines.push(`- ❓ line ${error.line} ${codeSpan(error.text)}: ${escapeMarkdown(error.message)}`);
  if (trigger.errors.length > 0 && !trigger.outcomes.some((o) => o.command.name === 'help')) extra.push(helpTable());

  const reaction: Reaction = refused > 0 ? '-1' : trigger.errors.length > 0 ? 'confused' : '+1';
  if (refused === 0 && trigger.errors.length === 0 && extra.length === 0) return { reaction };
  const reply = [REPLY_MARKER, `Commands in the comment by ${escapeMarkdown(trigger.comment.author.login)}:`, '', ...lines, ...extra.flatMap((e) => ['', e])];
  return { reply: reply.join('\n'), reaction };
}

function renderContent(content: ReplyContent, verdict: Verdict | undefined): string {
  if (content.kind === 'help') return helpTable();
  if (content.kind === 'note') return escapeMarkdown(content.text);
  return (verdict?.models ?? [])
    .filter((m) => content.models.includes(m.id))
    .map(explainModel)
    .join('\n\n');
}

/** The `/rsp help` table, one row per command from the help each handler carries. */
export function helpTable(): string {
  const rows = COMMAND_HELP.map((h) => `| ${h.usage} | ${h.does} | ${h.who} |`);
  return ['Commands (one per line, at the start of the line, outside code blocks and quotes):', '', '| Command | What it does | Who may use it |', '| --- | --- | --- |', ...rows].join('\n');
}
