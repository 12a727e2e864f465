// Everything user-controlled (model ids, titles, owners, metric names, messages, file paths) passes through here
// before it reaches a comment, a check summary or a terminal: nothing it contains may format, link, notify or forge.

const ZERO_WIDTH_SPACE = '\u200B';
// C0 and C1 controls (newlines, tabs, ESC …), line/paragraph separators, and bidirectional overrides that reorder text.
const CONTROL = /[\u0000-\u001F\u007F-\u009F\u2028\u2029]/g;
const BIDI = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;
// ASCII punctuation that Markdown may read as syntax: emphasis, code, links, images, tables, math, escapes.
const MARKDOWN_PUNCTUATION = /[\\`*_{}[\]()|~$!]/g;
// At the start of a line of text these begin a heading, quote, list item, thematic break or setext underline.
const LEADING_MARKER = /^(\s*)([#>+\-=])/;
const LEADING_ORDERED_ITEM = /^(\s*\d+)([.)])/;

/** One line of plain text: controls and line breaks become spaces, direction overrides are dropped. */
export function singleLine(text: string): string {
  return text.replace(BIDI, '').replace(CONTROL, ' ');
}

/** Break what GitHub links or notifies on, keeping it readable: @mentions, #123 and GH-123 references, bare URLs. */
function breakAutolinks(text: string): string {
  return text
    .replace(/@/g, `@${ZERO_WIDTH_SPACE}`)
    .replace(/#(?=\d)/g, `#${ZERO_WIDTH_SPACE}`)
    .replace(/\b(GH)-(?=\d)/gi, `$1${ZERO_WIDTH_SPACE}-`)
    .replace(/:\/\//g, `:${ZERO_WIDTH_SPACE}//`)
    .replace(/\bwww\./gi, (m) => `${m.slice(0, 3)}${ZERO_WIDTH_SPACE}.`);
}

function escapeHtmlEntities(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/**
 * Text for Markdown: paragraphs, list items and table cells. No HTML (so no `<!--` marker), no links or images,
 * no task-list checkboxes, no mentions, no issue links, no pipes or line breaks that end a table row.
 */
export function escapeMarkdown(text: string): string {
  const escaped = escapeHtmlEntities(breakAutolinks(singleLine(text))).replace(MARKDOWN_PUNCTUATION, '\\$&');
  return escaped.replace(LEADING_MARKER, '$1\\$2').replace(LEADING_ORDERED_ITEM, '$1\\$2');
}

/** Text inside an HTML element (a `<summary>`), where Markdown is not read but entities are. */
export function escapeHtml(text: string): string {
  return escapeHtmlEntities(breakAutolinks(singleLine(text))).replace(/'/g, '&#39;');
}

/**
 * Text or an attribute value in a standalone HTML page (the status page), where nothing autolinks or notifies: every
 * character that could open markup or close an attribute becomes an entity, controls and direction overrides go.
 */
export function escapeHtmlText(text: string): string {
  return escapeHtmlEntities(singleLine(text)).replace(/'/g, '&#39;');
}

/** A code span that shows `text` literally; in a table, pipes are escaped so the row stays whole. */
export function codeSpan(text: string, inTable = false): string {
  // Inside a code span entities are shown as typed, so a comment marker is broken with a zero-width space instead.
  let body = singleLine(text).replace(/<!--/g, `<!${ZERO_WIDTH_SPACE}--`);
  if (inTable) body = body.replace(/\|/g, '\\|');
  const longestRun = Math.max(0, ...(body.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longestRun + 1);
  const pad = body.startsWith('`') || body.endsWith('`') || body.startsWith(' ') ? ' ' : '';
  return `${fence}${pad}${body}${pad}${fence}`;
}

/** Text for a terminal: no escape sequences (colour, cursor moves, title changes), no line breaks. */
export function escapeTerminal(text: string): string {
  return singleLine(text);
}

/** A fenced code block of literal lines (GitHub gives it a copy button); the fence outgrows any backtick run inside. */
export function codeBlock(lines: readonly string[], language = 'text'): string {
  const body = lines.map((l) => singleLine(l).replace(/<!--/g, `<!${ZERO_WIDTH_SPACE}--`));
  const longestRun = Math.max(2, ...body.flatMap((l) => l.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longestRun + 1);
  return `${fence}${language}\n${body.join('\n')}\n${fence}`;
}
