// The gate on a merge queue's group: the check on the group's commit, judged by the policy of the commit the group is
// built on, with the commands of the queued PR carried over only where the group holds what they were made for.
// No comment is written (a group has no PR of its own to write on): the check explains.
import { memoizeAccess } from '../commands/authorize.ts';
import type { CommandInputs } from '../commands/handler.ts';
import type { Verdict } from '../engine/types.ts';
import { codeSpan } from '../report/escape.ts';
import { renderMarkdown } from '../report/markdown.ts';
import type { GitHubPort, PullRequestSnapshot, RepoRef } from '../ports/github.ts';
import { readText } from '../sources/file-source.ts';
import { DEFAULT_POLICY_PATH, policyTextFingerprint } from './evaluate-change.ts';
import type { MergeGroupRef } from './event.ts';
import { bindToPullRequest } from './group-binding.ts';
import type { RepoReader } from '../ports/repo-reader.ts';
import {
  evaluate,
  flagForeignChecks,
  headBecameHead,
  reportUnreadable,
  startCheck,
  writeCheck,
  type CheckOptions,
  type GateOptions,
  type GateOutcome,
} from './pull-request.ts';

export interface MergeGroupOptions extends CheckOptions, Pick<GateOptions, 'clock' | 'evaluateAsOf'> {
  owner: string;
  repo: string;
  group: MergeGroupRef;
  /** As for a PR: an in-progress check on the group's commit first, its id handed here (the Action's post step). */
  onCheckStarted?: (checkRunId: number) => void;
}

const NO_COMMENT = { action: 'not-posted', reason: 'a merge group has no pull request of its own to comment on' } as const;

export async function gateMergeGroup(port: GitHubPort, options: MergeGroupOptions): Promise<GateOutcome> {
  const repo: RepoRef = { owner: options.owner, repo: options.repo };
  const { group } = options;
  const outcome: GateOutcome = { status: 'skipped', errors: [], warnings: [], headSha: group.headSha, comment: NO_COMMENT };
  const pr = await readQueued(port, repo, group, options.checkName);
  if (typeof pr === 'string') {
    Object.assign(outcome, { status: 'failed', reason: pr });
    await reportUnreadable(port, repo, options, group.headSha, pr, outcome);
    return outcome;
  }
  const started = await startCheck(port, repo, group.headSha, options, outcome);
  const verdict = await evaluateGroup(port, repo, pr, options);
  outcome.status = 'evaluated';
  outcome.verdict = verdict;
  const title = options.checkName;
  const render = (v: Verdict) =>
    renderMarkdown(v, { title, footer: false, ...(options.detailsUrl ? { detailsUrl: options.detailsUrl } : {}) });
  outcome.markdown = render(verdict);
  const target = { headSha: group.headSha, checkRunId: started, commentUrl: undefined, preface: groupPreface(group, pr) };
  const detailsUrl = options.detailsUrl ?? pr.url;
  outcome.check = await writeCheck(port, repo, target, options, verdict, outcome.markdown, detailsUrl, outcome);
  await flagForeignChecks(port, repo, target, options, verdict, render, detailsUrl, outcome);
  return outcome;
}

/** The group's PR as one snapshot, or why it cannot be the one judged (the check then fails with that reason). */
async function readQueued(port: GitHubPort, repo: RepoRef, group: MergeGroupRef, checkName: string): Promise<PullRequestSnapshot | string> {
  const number = group.pullRequest;
  if (number === undefined)
    return `cannot tell which pull request the merge group ${group.headRef} holds: the ref does not name one as gh-readonly-queue/<base>/pr-<number>-<sha> does`;
  try {
    const pr = await port.readPullRequest(repo, number, checkName);
    if (pr.state !== 'OPEN') return `pull request #${number} of the merge group is ${pr.state.toLowerCase()}, not open`;
    return pr;
  } catch (error) {
    return `could not read pull request #${number} of the merge group: ${port.describeError(error)}`;
  }
}

/**
 * The PR judged on its own first (its commands, authorised as on the PR), then the group's change with those commands
 * bound to the fingerprints the PR showed: an attestation carries only where the group holds the same evidence.
 */
async function evaluateGroup(port: GitHubPort, repo: RepoRef, pr: PullRequestSnapshot, options: MergeGroupOptions): Promise<Verdict> {
  const access = memoizeAccess(port.access(repo));
  // One reader and one read of the head's push time for both evaluations: trees the two share are read once.
  const shared = { reader: port.reader(repo), headSince: headBecameHead(port, repo, pr) };
  try {
    const own = await evaluate(port, repo, pr, options, access, undefined, { base: pr.baseSha, head: pr.headSha, ...shared });
    const models = own.models ?? [];
    const policyPath = options.policyPath ?? DEFAULT_POLICY_PATH;
    const policyFingerprint = await headPolicyFingerprint(shared.reader, pr, policyPath).catch(() => '');
    const bind = (inputs: CommandInputs) => bindToPullRequest(inputs, { verdict: own.verdict, models, policyFingerprint });
    const target = { base: options.group.baseSha, head: options.group.headSha, bind, ...shared };
    const judged = await evaluate(port, repo, pr, options, access, undefined, target);
    return { ...judged.verdict, headline: `Merge group of #${pr.number}: ${judged.verdict.headline}` };
  } finally {
    await shared.reader.close?.();
  }
}

/** What an approval of the PR's policy change binds to: the policy text at the PR's head. */
async function headPolicyFingerprint(reader: RepoReader, pr: PullRequestSnapshot, policyPath: string): Promise<string> {
  const source = (await reader.readFiles(pr.headSha, [policyPath])).get(policyPath);
  return policyTextFingerprint(source === undefined ? undefined : await readText(source));
}

/** The lines above the verdict in the check: what was judged, and by which rules the PR's commands counted. */
function groupPreface(group: MergeGroupRef, pr: PullRequestSnapshot): string {
  const base = codeSpan(group.baseSha.slice(0, 12));
  return [
    `**Merge group of [#${pr.number}](${pr.url})** (${codeSpan(group.headRef.replace(/^refs\/heads\//, ''))}): the group's change over ${base}, judged by the policy at ${base}.`,
    `The attestations and approvals on #${pr.number} count where the group holds the evidence they were made for (the same fingerprint); the PR's own comment stays about the PR. To evaluate again, remove the PR from the queue, add what is missing, and queue it again.`,
  ].join('\n\n');
}
