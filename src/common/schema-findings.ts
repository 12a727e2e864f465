// The one way a zod schema's issues become findings, for the policy, model configs and every result format: one
// finding per problem, an unknown key at the key itself, a union said in words ("expected a number or "SET"").
import type { z } from 'zod';
import { finding, type Finding, type FindingCode, type SourceLocation } from './finding.ts';
import type { PathKey } from './yaml.ts';

type Issue = z.ZodError['issues'][number];

/** How a document names and places its paths. */
export interface IssueReader {
  code: FindingCode;
  /** Said before each message, e.g. "model config". */
  label?: string;
  /** How the message names a path (a policy names list entries by id). */
  name(path: readonly PathKey[]): string;
  /** Where the finding points; `note` is added to the message (e.g. the preset the value comes from). */
  place(path: readonly PathKey[]): { location: SourceLocation; note?: string };
}

export function schemaFindings(error: z.ZodError, reader: IssueReader): Finding[] {
  const prefix = reader.label === undefined ? '' : `${reader.label}: `;
  const at = (message: string, path: readonly PathKey[]): Finding => {
    const { location, note } = reader.place(path);
    return finding(reader.code, 'error', `${prefix}${message}${note === undefined ? '' : ` ${note}`}`, location);
  };
  return error.issues.flatMap((issue) => {
    const path = issue.path.filter((k): k is PathKey => typeof k !== 'symbol');
    if (issue.code === 'unrecognized_keys')
      return issue.keys.map((key) => at(`unknown key "${key}" in ${reader.name(path)}`, [...path, key]));
    return [at(`${reader.name(path)}: ${issueText(issue)}`, path)];
  });
}

/** A path as dotted keys, for documents whose entries have no names of their own. */
export function dottedPath(path: readonly PathKey[]): string {
  return path.length > 0 ? path.join('.') : '(top level)';
}

function issueText(issue: Issue): string {
  if (issue.code !== 'invalid_union' || issue.errors.length === 0) return issue.message;
  const options = issue.errors.map((branch) => branch[0]).filter((i): i is Issue => i !== undefined);
  const expected = options.map(expectation);
  if (expected.every((e): e is string => e !== undefined)) return `expected ${[...new Set(expected)].join(' or ')}`;
  return [...new Set(options.map((i) => i.message))].join('; or ');
}

function expectation(issue: Issue): string | undefined {
  if (issue.code === 'invalid_type') return `a ${issue.expected}`;
  if (issue.code === 'invalid_value') return issue.values.map((v) => JSON.stringify(v)).join(' or ');
  return undefined;
}
