// Same-named checks from elsewhere: branch protection that requires a check by name alone is satisfied by any of
// them, so the gate says so in its own check and comment.
import { finding } from '../common/finding.ts';
import type { Verdict } from '../engine/types.ts';
import type { CheckResult, ForeignCheck, GitHubPort, HeadChecks, RepoRef } from '../ports/github.ts';

/** The foreign checks on `sha`: from what was read with the PR about its head, or asked for when that is not at hand. */
export async function foreignChecksOn(
  port: GitHubPort,
  repo: RepoRef,
  sha: string,
  headChecks: HeadChecks | undefined,
  name: string,
  own: CheckResult,
  outcome: { warnings: string[] },
): Promise<ForeignCheck[]> {
  if (headChecks !== undefined) return foreignIn(headChecks, name, own);
  try {
    return await port.foreignChecks(repo, sha, name, own);
  } catch (error) {
    outcome.warnings.push(`could not look for other checks named ${name}: ${port.describeError(error)}`);
    return [];
  }
}

/** Runs of another app, and statuses of the name when the gate wrote none (then any is another's). */
export function foreignIn(head: HeadChecks, name: string, own: CheckResult): ForeignCheck[] {
  const runs =
    own.appId === undefined
      ? []
      : head.runs
          .filter((run) => run.appId !== null && run.appId !== own.appId)
          .map((run): ForeignCheck => ({ kind: 'check run', source: `app ${run.appSlug ?? run.appId}`, state: run.state }));
  const statuses = own.statusWritten
    ? []
    : head.statuses
        .filter((status) => status.context === name)
        .map((status): ForeignCheck => ({ kind: 'commit status', source: status.creator ?? 'unknown', state: status.state }));
  return [...runs, ...statuses];
}

/** The verdict with a FOREIGN_CHECK warning for each same-named check or status another source wrote. */
export function withFindings(verdict: Verdict, foreign: readonly ForeignCheck[]): Verdict {
  const added = foreign.map((f) =>
    finding(
      'FOREIGN_CHECK',
      'warning',
      `another ${f.kind} named like this gate is on the head (from ${f.source}, ${f.state}); it is not rsp-gate's verdict: require this check from rsp-gate's source in branch protection (docs/github.md)`,
    ),
  );
  return {
    ...verdict,
    findings: [...verdict.findings, ...added],
    counts: { ...verdict.counts, warning: verdict.counts.warning + added.length },
  };
}
