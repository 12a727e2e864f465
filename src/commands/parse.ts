// Turn a PR comment into `/rsp` commands. Pure: a command counts only where a reader of the rendered comment sees it
// as a line of text — at the start of a line, outside fenced or indented code, `<pre>` and `<code>` elements, `>` quotes
// (and `<blockquote>`) and HTML comments. A `<details>` block is text a reader can open: a command inside one counts.
import { FINGERPRINT_LENGTH, FINGERPRINT_PREFIX_LENGTH } from '../engine/attestations.ts';
import { editDistance } from '../common/nearest.ts';

export type Command =
  | { name: 'evaluate'; line: number }
  | { name: 'attest'; safeguard: string; model?: string; fingerprint?: string; line: number }
  | { name: 'revoke'; safeguard: string; model?: string; line: number }
  | { name: 'approve-policy'; fingerprint?: string; line: number }
  | { name: 'approve-assessment'; model: string; fingerprint?: string; line: number }
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

const COMMAND_NAMES: readonly CommandName[] = ['evaluate', 'attest', 'revoke', 'approve-policy', 'approve-assessment', 'explain', 'help'];

/** More commands than this in one comment are refused: a bound on the work one comment can cause. */
export const MAX_COMMANDS_PER_COMMENT = 30;

const ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/;
const FINGERPRINT = new RegExp(`^fp:([0-9a-fA-F]{${FINGERPRINT_PREFIX_LENGTH},${FINGERPRINT_LENGTH}})$`);
const PREFIX = /^\/rsp(?:\s|$)/i;

export function parseCommands(body: string): ParsedComment {
  const commands: Command[] = [];
  const errors: CommandError[] = [];
  for (const { line, text } of visibleLines(body)) {
    if (!PREFIX.test(text)) continue;
    if (commands.length + errors.length >= MAX_COMMANDS_PER_COMMENT) {
      errors.push({
        line,
        text: shorten(text),
        message: `more than ${MAX_COMMANDS_PER_COMMENT} commands in one comment; the rest are ignored`,
      });
      break;
    }
    const parsed = parseLine(text.slice(4).trim().split(/\s+/).filter(Boolean), line);
    const found = typeof parsed === 'string' ? [] : Array.isArray(parsed) ? parsed : [parsed];
    if (typeof parsed === 'string') errors.push({ line, text: shorten(text), message: parsed });
    else if (commands.length + errors.length + found.length > MAX_COMMANDS_PER_COMMENT) {
      // A list of safeguards counts as one command per safeguard towards the bound.
      errors.push({
        line,
        text: shorten(text),
        message: `more than ${MAX_COMMANDS_PER_COMMENT} commands in one comment; the rest are ignored`,
      });
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
    case 'help':
      return args.length === 0 ? { name, line } : `\`${name}\` takes no arguments`;
    case 'approve-policy':
      return parseApprovePolicy(args, line);
    case 'approve-assessment':
      return parseApproveAssessment(args, line);
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

/** `fp:<hex>` as a command argument: the lower-cased hex, undefined for another word, or why it is no fingerprint. */
function fingerprintArg(word: string): { fingerprint?: string; error?: string } {
  const fp = FINGERPRINT.exec(word);
  if (fp) return { fingerprint: fp[1]!.toLowerCase() };
  if (word.toLowerCase().startsWith('fp:'))
    return { error: `"${word}" is not a fingerprint (fp: followed by ${FINGERPRINT_PREFIX_LENGTH} to ${FINGERPRINT_LENGTH} hex digits)` };
  return {};
}

function parseApprovePolicy(args: string[], line: number): Command | string {
  if (args.length === 0) return { name: 'approve-policy', line };
  const [word, ...rest] = args;
  const arg = fingerprintArg(word!);
  if (arg.error !== undefined) return arg.error;
  if (arg.fingerprint === undefined || rest.length > 0) return 'usage: /rsp approve-policy [fp:<hex>]';
  return { name: 'approve-policy', fingerprint: arg.fingerprint, line };
}

function parseApproveAssessment(args: string[], line: number): Command | string {
  const [model, ...rest] = args;
  if (model === undefined || !ID.test(model)) return 'usage: /rsp approve-assessment <model-id> [fp:<hex>]';
  if (rest.length === 0) return { name: 'approve-assessment', model, line };
  const arg = fingerprintArg(rest[0]!);
  if (arg.error !== undefined) return arg.error;
  if (arg.fingerprint === undefined || rest.length > 1) return 'usage: /rsp approve-assessment <model-id> [fp:<hex>]';
  return { name: 'approve-assessment', model, fingerprint: arg.fingerprint, line };
}

/** The sub-command a mistyped or shortened one most likely meant, if one is close. */
function nearestCommand(word: string): CommandName | undefined {
  const w = word.toLowerCase();
  const scored = COMMAND_NAMES.map((name) => ({ name, d: name.startsWith(w) || w.startsWith(name) ? 0 : editDistance(w, name) }));
  const best = scored.sort((a, b) => a.d - b.d)[0];
  return best !== undefined && best.d <= 2 ? best.name : undefined;
}

function unknownCommand(word: string): string {
  const near = nearestCommand(word);
  return near === undefined ? `unknown sub-command "${word}"` : `unknown sub-command "${word}"; did you mean \`/rsp ${near}\`?`;
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
    const fp = fingerprintArg(word);
    if (fp.error !== undefined) return fp.error;
    if (fp.fingerprint !== undefined) {
      if (name === 'revoke') return '`revoke` takes no fingerprint';
      if (fingerprint !== undefined) return 'more than one fingerprint';
      fingerprint = fp.fingerprint;
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

/** HTML elements whose content is code or a quote, never a line of text (GitHub renders them as such). */
const CODE_ELEMENTS = ['pre', 'code', 'blockquote', 'tt', 'kbd', 'samp'];
const ELEMENT_TAG = new RegExp(`<(/?)(${CODE_ELEMENTS.join('|')})(?=[\\s/>])[^>]*>`, 'gi');

/** How many code or quote elements are open after `line`, given how many were open before it. */
function openElementsAfter(line: string, open: number): number {
  for (const match of line.matchAll(ELEMENT_TAG)) {
    if (match[0].endsWith('/>')) continue;
    open = match[1] === '/' ? Math.max(0, open - 1) : open + 1;
  }
  return open;
}

/** The lines a reader sees as prose: fenced and indented code, code elements, quotes and HTML comments are skipped. */
function* visibleLines(body: string): Generator<VisibleLine> {
  const lines = body.replace(/\r\n?/g, '\n').split('\n');
  let fence: { char: string; length: number } | undefined;
  let inHtmlComment = false;
  let openElements = 0;
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
    // A line inside, or opening, a `<pre>`/`<code>`/`<blockquote>` element is code or a quote, not text.
    const startsInElement = openElements > 0;
    openElements = openElementsAfter(raw, openElements);
    if (startsInElement || /^\s*</.test(raw)) continue;
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
      return ['/rsp attest', command.safeguard, command.model, command.fingerprint && `fp:${command.fingerprint}`]
        .filter(Boolean)
        .join(' ');
    case 'revoke':
      return ['/rsp revoke', command.safeguard, command.model].filter(Boolean).join(' ');
    case 'explain':
      return ['/rsp explain', command.model].filter(Boolean).join(' ');
    case 'approve-policy':
      return ['/rsp approve-policy', command.fingerprint && `fp:${command.fingerprint}`].filter(Boolean).join(' ');
    case 'approve-assessment':
      return ['/rsp approve-assessment', command.model, command.fingerprint && `fp:${command.fingerprint}`].filter(Boolean).join(' ');
    default:
      return `/rsp ${command.name}`;
  }
}
