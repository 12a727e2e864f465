// Findings in one canonical shape and one order, so that a verdict's JSON never depends on input order.
import type { Finding, Severity } from '../common/finding.ts';

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, notice: 2 };

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Rebuild with a fixed key order and only the known keys. */
function normalizeFinding(f: Finding): Finding {
  const n: Finding = { code: f.code, severity: f.severity, message: f.message };
  if (f.file !== undefined) n.file = f.file;
  if (f.line !== undefined) n.line = f.line;
  if (f.column !== undefined) n.column = f.column;
  if (f.model !== undefined) n.model = f.model;
  return n;
}

export function compareFindings(a: Finding, b: Finding): number {
  return (
    SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
    compareText(a.file ?? '', b.file ?? '') ||
    (a.line ?? 0) - (b.line ?? 0) ||
    (a.column ?? 0) - (b.column ?? 0) ||
    compareText(a.code, b.code) ||
    compareText(a.model ?? '', b.model ?? '') ||
    compareText(a.message, b.message)
  );
}

/** Sorted, with exact duplicates (two rules reading the same result, say) kept once. */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  const sorted = findings.map(normalizeFinding).sort(compareFindings);
  return sorted.filter((f, i) => i === 0 || compareFindings(sorted[i - 1]!, f) !== 0);
}

export function hasErrors(findings: readonly Finding[]): boolean {
  return findings.some((f) => f.severity === 'error');
}

export function countSeverities(findings: readonly Finding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, notice: 0 };
  for (const f of findings) counts[f.severity] += 1;
  return counts;
}
