// Read one YAML/JSON config file (a policy or a model config) into a plain mapping, refusing what could hurt the
// reader: huge files, alias bombs, duplicate keys, a document that is not a mapping and `__proto__` keys.
import { finding, type Finding, type FindingCode } from '../common/finding.ts';
import { parseYaml, type ParsedYaml, type PathKey } from '../common/yaml.ts';
import type { RawObject } from './raw.ts';
import { isPlainObject } from '../common/object.ts';

/** Policies and model configs are small by nature: larger ones are refused, in bytes before reading and characters after. */
export const MAX_CONFIG_SIZE = 1_000_000;
/** No config needs deeper flow collections; deeper ones only exhaust the parser's stack, slowly. */
const MAX_FLOW_DEPTH = 64;

export interface ConfigDocument {
  /** The top-level mapping, or undefined when the text could not be read as one (then `findings` says why). */
  value: RawObject | undefined;
  findings: Finding[];
  locate: ParsedYaml['locate'];
}

export interface ReadOptions {
  /** Code for text that cannot be read (syntax, size, not a mapping). */
  parseCode: FindingCode;
  /** Code for content that is refused (`__proto__` keys). */
  invalidCode: FindingCode;
  /** What the file is, for messages: "policy", "model config". */
  label: string;
}

export function readConfigDocument(text: string, file: string, options: ReadOptions): ConfigDocument {
  const { parseCode, invalidCode, label } = options;
  if (text.length > MAX_CONFIG_SIZE) {
    const message = `${label} is ${text.length.toLocaleString('en-US')} characters; the limit is ${MAX_CONFIG_SIZE.toLocaleString('en-US')}`;
    return { value: undefined, findings: [finding(parseCode, 'error', message, { file, line: 1 })], locate: () => ({ file, line: 1 }) };
  }
  const tooDeep = flowNestingBeyond(text, MAX_FLOW_DEPTH);
  if (tooDeep !== undefined) {
    const message = `${label} nests [ ] or { } more than ${MAX_FLOW_DEPTH} deep`;
    return {
      value: undefined,
      findings: [finding(parseCode, 'error', message, { file, line: tooDeep })],
      locate: () => ({ file, line: 1 }),
    };
  }
  const parsed = parseYaml(text, file, { code: parseCode });
  if (parsed.findings.length > 0) return { value: undefined, findings: parsed.findings, locate: parsed.locate };
  const { value } = parsed;
  if (!isPlainObject(value)) {
    const what =
      value === null || value === undefined
        ? 'is empty'
        : `must be a mapping of keys to values, not ${Array.isArray(value) ? 'a list' : 'a single value'}`;
    return {
      value: undefined,
      findings: [finding(parseCode, 'error', `${label} ${what}`, { file, line: 1, column: 1 })],
      locate: parsed.locate,
    };
  }
  const findings = dropProtoKeys(value, [], (path) =>
    finding(
      invalidCode,
      'error',
      `${label}: the key "__proto__" is not allowed (at ${path.join('.') || 'top level'})`,
      parsed.locate([...path, '__proto__']),
    ),
  );
  return { value, findings, locate: parsed.locate };
}

/** Remove every own `__proto__` key (YAML makes them own properties) so no later copy can touch a prototype. */
function dropProtoKeys(node: unknown, path: PathKey[], report: (path: PathKey[]) => Finding): Finding[] {
  const findings: Finding[] = [];
  const visit = (value: unknown, at: PathKey[]) => {
    if (Array.isArray(value)) {
      value.forEach((item, i) => {
        visit(item, [...at, i]);
      });
    } else if (isPlainObject(value)) {
      if (Object.hasOwn(value, '__proto__')) {
        findings.push(report(at));
        // biome-ignore lint/suspicious/noProto: removing the key a hostile file set, not using it
        delete value['__proto__'];
      }
      for (const [key, child] of Object.entries(value)) visit(child, [...at, key]);
    }
  };
  visit(node, path);
  return findings;
}

/**
 * The line where flow collections (`[`, `{`) first nest deeper than `max`, or undefined. A quick scan that skips
 * quoted text and comments; it only has to be exact for documents nested far deeper than any real config.
 */
function flowNestingBeyond(text: string, max: number): number | undefined {
  let depth = 0;
  let line = 1;
  let quote: string | undefined;
  let comment = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    const before = i === 0 ? '\n' : text[i - 1]!;
    if (c === '\n') {
      line++;
      comment = false;
    }
    if (comment) continue;
    if (quote !== undefined) {
      if (c === '\\' && quote === '"') i++;
      else if (c === quote) quote = undefined;
      continue;
    }
    // A quote opens a scalar only where a token starts (not the apostrophe in "company's").
    if ((c === '"' || c === "'") && /[\s[{,:]/.test(before)) quote = c;
    else if (c === '#' && /\s/.test(before)) comment = true;
    else if (c === '[' || c === '{') {
      if (++depth > max) return line;
    } else if ((c === ']' || c === '}') && depth > 0) depth--;
  }
  return undefined;
}
