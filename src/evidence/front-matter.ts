// The YAML front matter of a Markdown file (a Hugging Face model card's metadata block between `---` lines).
import type { ParsedYaml, PathKey } from '../common/yaml.ts';

export interface FrontMatter {
  /** The YAML between the opening and the closing line. */
  yaml: string;
  /** How many lines of the file come before the YAML (the opening `---`), to turn its lines into the file's. */
  lineOffset: number;
  /** Where the text after the closing line starts. */
  end?: number;
}

const OPENING = /^---[ \t]*\r?\n/;
const CLOSING = /^(?:---|\.\.\.)[ \t]*\r?$/m;

function frontMatter(text: string): FrontMatter | undefined {
  const open = OPENING.exec(text);
  if (open === null) return undefined;
  const rest = text.slice(open[0].length);
  const close = CLOSING.exec(rest);
  if (close === null) return undefined;
  return { yaml: rest.slice(0, close.index), lineOffset: 1, end: open[0].length + close.index + close[0].length };
}

const MARKDOWN = /\.(?:md|markdown|mdx)$/i;
// What may follow a YAML document's closing `---` without being a second document: blank lines and comments.
const NOTHING_MORE = /^(?:[ \t]*(?:#[^\n]*)?\r?\n?)*$/;

/**
 * The YAML of a text file. A Markdown file's YAML is its front matter (a model card's metadata). Any other file is
 * YAML throughout: a leading `---` opens its document, and a second document after it is read too (so that the
 * parser refuses it) rather than dropped.
 */
export function yamlOfFile(text: string, file: string): FrontMatter | undefined {
  const block = frontMatter(text);
  // Front matter that is never closed is still read, so that its errors are reported rather than the card ignored.
  const open = OPENING.exec(text);
  if (MARKDOWN.test(file)) return block ?? (open === null ? undefined : { yaml: text.slice(open[0].length), lineOffset: 1 });
  if (block === undefined) return { yaml: text, lineOffset: 0 };
  return NOTHING_MORE.test(text.slice(block.end)) ? block : { yaml: text, lineOffset: 0 };
}

/** A parsed block's lines (and its findings') moved down by `offset`, to be the lines of the whole file. */
export function shiftLines(parsed: ParsedYaml, offset: number): ParsedYaml {
  if (offset === 0) return parsed;
  return {
    value: parsed.value,
    findings: parsed.findings.map((f) => (f.line === undefined ? f : { ...f, line: f.line + offset })),
    locate(path: readonly PathKey[]) {
      const at = parsed.locate(path);
      return at.line === undefined ? at : { ...at, line: at.line + offset };
    },
  };
}
