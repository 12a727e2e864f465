// Every finding of a verdict in one list: the shared ones and each model's, in the engine's order, with the pairs that
// say one thing twice merged into one.
import type { Finding } from '../common/finding.ts';
import { compareFindings } from '../engine/findings.ts';
import type { Verdict } from '../engine/types.ts';

/** What a status finding adds to an undated result's finding at the same place: the status it led to. */
const STATUS_WORDS: Readonly<Record<string, string>> = {
  ALERT_REACHED: 'alert reached',
  THRESHOLD_NOT_RULED_OUT: 'threshold not ruled out',
  THRESHOLD_CROSSED: 'threshold crossed',
};

const SEVERITY_RANK = { error: 0, warning: 1, notice: 2 } as const;

function samePlace(a: Finding, b: Finding): boolean {
  return a.file === b.file && a.line === b.line && a.model === b.model;
}

/**
 * An undated result that shows more capability yields two findings at one line (UNDATED_RESULT, and the status it
 * led to, whose message repeats it): keep one, saying both, at the more severe of the two severities.
 */
export function mergeUndatedPairs(findings: readonly Finding[]): Finding[] {
  const undated = findings.filter((f) => f.code === 'UNDATED_RESULT');
  const absorbed = new Set<Finding>();
  const merged = new Map<Finding, Finding>();
  for (const u of undated) {
    const status = findings.find((f) => STATUS_WORDS[f.code] !== undefined && samePlace(f, u) && !absorbed.has(f));
    if (status === undefined) continue;
    absorbed.add(status);
    const severity = SEVERITY_RANK[status.severity] < SEVERITY_RANK[u.severity] ? status.severity : u.severity;
    merged.set(u, { ...u, severity, message: `${u.message}; it does: ${STATUS_WORDS[status.code]}` });
  }
  return findings.filter((f) => !absorbed.has(f)).map((f) => merged.get(f) ?? f);
}

export function allFindings(verdict: Verdict): Finding[] {
  return mergeUndatedPairs([...verdict.findings, ...verdict.models.flatMap((m) => m.findings)]).sort(compareFindings);
}
