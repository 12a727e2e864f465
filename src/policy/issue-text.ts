// Say what a zod issue expects in words a policy author reads easily ("expected a number or "SET"").
import type { z } from 'zod';

type Issue = z.ZodError['issues'][number];

export function issueText(issue: Issue): string {
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
