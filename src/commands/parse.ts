// Turn a PR comment into `/rsp` commands. Pure: a command counts only where a reader of the rendered comment sees it
// as one — at the start of a line, outside fenced or indented code, `>` quotes and HTML comments.
import { FINGERPRINT_PREFIX_LENGTH } from '../engine/attestations.ts';

export type Command =
  | { name: 'evaluate'; line: number }
  | { name: 'attest'; safeguard: string; model?: string; fingerprint?: string; line: number }
  | { name: 'revoke'; safeguard: string; model?: string; line: number }
  | { name: 'approve-policy'; line: number }
  | { name: 'explain'; model?: string; line: number }
  | { name: 'help'; line: number };

export type CommandName = Command['name'];

export interface CommandError {
  /** 1-based line of the comment. */
  line: number;
  /** The line as written (trimmed, shortened). */
  text: string;
  message: string;
}

export interface ParsedComment {
  commands: Command[];
  errors: CommandError[];
}

export const COMMAND_NAMES: readonly CommandName[] = ['evaluate', 'attest', 'revoke', 'approve-policy', 'explain', 'help'];

/** More commands than this in one comment are refused: a bound on the work one comment can cause. */
export const MAX_COMMANDS_PER_COMMENT = 30;

const ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/;
const FINGERPRINT = new RegExp(`^fp:([0-9a-fA-F]{${FINGERPRINT_PREFIX_LENGTH},128})$`);
const PREFIX = /^\/rsp(?:\s|$)/i;

export function parseCommands(body: string): ParsedComment {
  const commands: Command[] = [];
  const errors: CommandError[] = [];
  for (const { line, text } of visibleLines(body)) {
    if (!PREFIX.test(text)) continue;
    if (commands.length + errors.length >= MAX_COMMANDS_PER_COMMENT) {
      errors.push({ line, text: shorten(text), message: `more than ${MAX_COMMANDS_PER_COMMENT} commands in one comment; the rest are ignored` });
      break;
    }
    const parsed = parseLine(text.slice(4).trim().split(/\s+/).filter(Boolean), line);
    const found = typeof parsed === 'string' ? [] : Array.isArray(parsed) ? parsed : [parsed];
    if (typeof parsed === 'string') errors.push({ line, text: shorten(text), message: parsed });
    else if (commands.length + errors.length + found.length > MAX_COMMANDS_PER_COMMENT) {
      // A list of safeguards counts as one command per safeguard towards the bound.
      errors.push({ line, text: shorten(text), message: `more than ${MAX_COMMANDS_PER_COMMENT} commands in one comment; the rest are ignored` });
      break;
    } else commands.push(...found);
  }
  return { commands, errors };
}

/** One command's words after `/rsp`, or why they are not a command. */
function parseLine(words: string[], line: number): Command | Command[] | string {
  const [first, ...args] = words;
  if (first === undefined) return 'no sub-command after /rsp';
  const name = first.toLowerCase();
  switch (name) {
    case 'evaluate':
    case 'approve-policy':
    case 'help':
      return args.length === 0 ? { name, line } : `\`${name}\` takes no arguments`;
    case 'explain': {
      if (args.length > 1) return '`explain` takes at most one model id';
      const [model] = args;
      if (model === undefined) return { name, line };
      return ID.test(model) ? { name, line, model } : `"${model}" is not a model id`;
    }
    case 'attest':
    case 'revoke':
      return parseSafeguardList(name, args, line);
    default:
      return unknownCommand(first);
  }
}

/** The sub-command a mistyped or shortened one most likely meant, if one is close. */
export function nearestCommand(word: string): CommandName | undefined {
  const w = word.toLowerCase();
  const scored = COMMAND_NAMES.map((name) => ({ name, d: name.startsWith(w) || w.startsWith(name) ? 0 : editDistance(w, name) }));
  const best = scored.sort((a, b) => a.d - b.d)[0];
  return best !== undefined && best.d <= 2 ? best.name : undefined;
}

function unknownCommand(word: string): string {
  const near = nearestCommand(word);
  return near === undefined ? `unknown sub-command "${word}"` : `unknown sub-command "${word}"; did you mean \`/rsp ${near}\`?`;
}

/** Levenshtein distance, for the short words of a command. */
function editDistance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) next.push(Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1)));
    row = next;
  }
  return row[b.length]!;
}

/** `/rsp attest a,b,c [model] [fp:…]`: one command per safeguard of the comma-separated list, with the same model and fingerprint. */
function parseSafeguardList(name: 'attest' | 'revoke', args: string[], line: number): Command | Command[] | string {
  const [list, ...rest] = args;
  if (list === undefined || !list.includes(',')) return parseSafeguardCommand(name, args, line);
  const ids = list.split(',');
  if (ids.length > MAX_COMMANDS_PER_COMMENT) return `more than ${MAX_COMMANDS_PER_COMMENT} safeguards in one line`;
  const parsed = ids.map((id) => parseSafeguardCommand(name, [id, ...rest], line));
  const error = parsed.find((p): p is string => typeof p === 'string');
  return error ?? (parsed as Command[]);
}

function parseSafeguardCommand(name: 'attest' | 'revoke', args: string[], line: number): Command | string {
  const [safeguard, ...rest] = args;
  if (safeguard === undefined) return `\`${name}\` needs a safeguard id`;
  if (!ID.test(safeguard)) return `"${safeguard}" is not a safeguard id`;
  let model: string | undefined;
  let fingerprint: string | undefined;
  for (const word of rest) {
    const fp = FINGERPRINT.exec(word);
    if (fp) {
      if (name === 'revoke') return '`revoke` takes no fingerprint';
      if (fingerprint !== undefined) return 'more than one fingerprint';
      fingerprint = fp[1]!.toLowerCase();
    } else if (word.toLowerCase().startsWith('fp:')) {
      return `"${word}" is not a fingerprint (fp: followed by ${FINGERPRINT_PREFIX_LENGTH} or more hex digits)`;
    } else if (model === undefined && fingerprint === undefined && ID.test(word)) {
      model = word;
    } else {
      return `unexpected "${word}" (usage: /rsp ${name} <safeguard-id> [model-id]${name === 'attest' ? ' [fp:<hex>]' : ''})`;
    }
  }
  return {
    name,
    safeguard,
    line,
    ...(model === undefined ? {} : { model }),
    ...(fingerprint === undefined ? {} : { fingerprint }),
  };
}

interface VisibleLine {
  line: number;
  /** The line without its (at most three spaces of) indentation. */
  text: string;
}

/** The lines a reader sees as prose: fenced and indented code, quotes and HTML comments are skipped. */
function* visibleLines(body: string): Generator<VisibleLine> {
  const lines = body.replace(/\r\n?/g, '\n').split('\n');
  let fence: { char: string; length: number } | undefined;
  let inHtmlComment = false;
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i]!;
    if (fence) {
      const close = /^ {0,3}(`{3,}|~{3,})\s*$/.exec(raw);
      if (close && close[1]![0] === fence.char && close[1]!.length >= fence.length) fence = undefined;
      continue;
    }
    const startsInComment = inHtmlComment;
    inHtmlComment = htmlCommentOpenAfter(raw, inHtmlComment);
    if (startsInComment) continue;
    const open = /^ {0,3}(`{3,}|~{3,})/.exec(raw);
    if (open) {
      fence = { char: open[1]![0]!, length: open[1]!.length };
      continue;
    }
    // Four spaces or a tab: an indented code block or a paragraph continuation, never the start of a line.
    if (/^(?: {4}|\t)/.test(raw)) continue;
    const text = raw.replace(/^ {1,3}/, '');
    if (text.startsWith('>') || text.startsWith('<!--')) continue;
    yield { line: i + 1, text: text.trimEnd() };
  }
}

/** Whether an HTML comment is still open at the end of `line`. */
function htmlCommentOpenAfter(line: string, open: boolean): boolean {
  let at = 0;
  for (;;) {
    const next = open ? line.indexOf('-->', at) : line.indexOf('<!--', at);
    if (next < 0) return open;
    at = next + (open ? 3 : 4);
    open = !open;
  }
}

function shorten(text: string): string {
  return text.length > 120 ? `${text.slice(0, 117)}...` : text;
}

/** The command as one would type it (the inverse of parsing), for replies. */
export function commandText(command: Command): string {
  switch (command.name) {
    case 'attest':
      return ['/rsp attest', command.safeguard, command.model, command.fingerprint && `fp:${command.fingerprint}`].filter(Boolean).join(' ');
    case 'revoke':
      return ['/rsp revoke', command.safeguard, command.model].filter(Boolean).join(' ');
    case 'explain':
      return ['/rsp explain', command.model].filter(Boolean).join(' ');
    default:
      return `/rsp ${command.name}`;
  }
}
