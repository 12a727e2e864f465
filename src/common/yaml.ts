// Read YAML (and JSON, which YAML reads too) into plain values that remember where every key and value stood,
// and validate them against a zod schema with findings at file:line:column.
import { LineCounter, parseDocument, isMap, isSeq, isPair, isScalar, type Document, type Node } from 'yaml';
import type { z } from 'zod';
import { finding, type Finding, type FindingCode, type SourceLocation } from './finding.ts';
import { dottedPath, schemaFindings } from './schema-findings.ts';

export type PathKey = string | number;

export interface ParsedYaml {
  /** The plain value, or undefined when the text could not be parsed (then `findings` says why). */
  value: unknown;
  findings: Finding[];
  /** Where the value (or, for a key, the key) at `path` stands; the nearest existing parent when it is missing. */
  locate(path: readonly PathKey[]): SourceLocation;
}

export interface ParseOptions {
  /** Finding code for syntax errors. */
  code?: FindingCode;
  /** Largest number of alias expansions before the document is refused (alias bombs). */
  maxAliasCount?: number;
}

export function parseYaml(text: string, file: string, options: ParseOptions = {}): ParsedYaml {
  const code = options.code ?? 'PARSE_ERROR';
  const lineCounter = new LineCounter();
  const findings: Finding[] = [];
  let doc: Document.Parsed | undefined;
  try {
    doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false, strict: true });
  } catch (err) {
    findings.push(finding(code, 'error', `cannot parse: ${(err as Error).message}`, { file, line: 1 }));
  }
  const at = (offset: number | undefined): SourceLocation => {
    if (offset === undefined) return { file, line: 1, column: 1 };
    const { line, col } = lineCounter.linePos(offset);
    return { file, line, column: col };
  };
  if (doc) {
    for (const e of doc.errors) {
      findings.push(finding(code, 'error', firstLine(e.message), at(e.pos[0])));
    }
  }
  let value: unknown;
  if (doc && findings.length === 0) {
    try {
      value = doc.toJS({ maxAliasCount: options.maxAliasCount ?? 100 });
    } catch (err) {
      findings.push(finding(code, 'error', firstLine((err as Error).message), { file, line: 1 }));
    }
  }
  const locate = (path: readonly PathKey[]): SourceLocation => {
    if (!doc) return { file, line: 1 };
    let node: unknown = doc.contents;
    let best: number | undefined = rangeStart(node);
    for (const [i, key] of path.entries()) {
      if (isMap(node)) {
        const pair = node.items.find((p) => isPair(p) && keyText(p.key) === String(key));
        if (!pair) break;
        best = rangeStart(pair.key) ?? best;
        node = pair.value;
        if (i === path.length - 1) return at(best);
        best = rangeStart(node) ?? best;
      } else if (isSeq(node) && typeof key === 'number') {
        node = node.items[key];
        best = rangeStart(node) ?? best;
      } else {
        break;
      }
    }
    return at(best);
  };
  return { value, findings, locate };
}

export interface Validated<T> {
  value: T | undefined;
  findings: Finding[];
}

/** Validate a parsed document; every issue becomes a finding at the place it points to. */
export function validate<S extends z.ZodType>(schema: S, parsed: ParsedYaml, code: FindingCode, label: string): Validated<z.infer<S>> {
  if (parsed.findings.length > 0) return { value: undefined, findings: parsed.findings };
  const result = schema.safeParse(parsed.value);
  if (result.success) return { value: result.data, findings: [] };
  const findings = schemaFindings(result.error, { code, label, name: dottedPath, place: (path) => ({ location: parsed.locate(path) }) });
  return { value: undefined, findings };
}

function rangeStart(node: unknown): number | undefined {
  const range = (node as Node | undefined)?.range;
  return Array.isArray(range) ? range[0] : undefined;
}

function keyText(key: unknown): string {
  return isScalar(key) ? String(key.value) : String(key);
}

function firstLine(message: string): string {
  return message.split('\n')[0] ?? message;
}
