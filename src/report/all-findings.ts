// Every finding of a verdict in one list: the shared ones and each model's, in the engine's order.
import type { Finding } from '../common/finding.ts';
import { compareFindings } from '../engine/findings.ts';
import type { Verdict } from '../engine/types.ts';

export function allFindings(verdict: Verdict): Finding[] {
  return [...verdict.findings, ...verdict.models.flatMap((m) => m.findings)].sort(compareFindings);
}
