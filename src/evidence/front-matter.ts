// The YAML front matter of a Markdown file (a Hugging Face model card's metadata block between `---` lines).
import type { ParsedYaml, PathKey } from '../common/yaml.ts';

export interface FrontMatter {
  /** The YAML between the opening and the closing line. */
  yaml: string;
  /** How many lines of the file come before the YAML (the opening `---`), to turn its lines into the file's. */
  lineOffset: number;
}

const OPENING = /^---[ \t]*\r?\n/;
const CLOSING = /^(?:---|\.\.\.)[ \t]*\r?$/m;

export function frontMatter(text: string): FrontMatter | undefined {
  const open = OPENING.exec(text);
  if (open === null) return undefined;
  const rest = text.slice(open[0].length);
  const close = CLOSING.exec(rest);
  if (close === null) return undefined;
  return { yaml: rest.slice(0, close.index), lineOffset: 1 };
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
