// The last line of what the CLI prints: the verdict in one line, whatever came before it.
import { FINDING_CODES, type Finding } from '../common/finding.ts';
import type { Verdict } from '../engine/types.ts';
import { escapeTerminal } from '../report/escape.ts';
import { CONCLUSION_LABEL } from '../report/labels.ts';
import { fitLine } from './wrap.ts';

/** Said instead of the headline when it is the one thing to do. */
export function leadingProblem(findings: readonly Finding[]): string | undefined {
  return findings.some((f) => f.code === 'POLICY_NOT_FOUND') ? FINDING_CODES.POLICY_NOT_FOUND : undefined;
}

export function gateVerdictLine(verdict: Verdict, exitCode: number, width: number): string {
  const word = CONCLUSION_LABEL[verdict.conclusion].word.toUpperCase();
  const reason = leadingProblem(verdict.findings) ?? escapeTerminal(verdict.headline);
  return fitLine(`${word} (exit ${exitCode}): ${reason}`, width);
}
