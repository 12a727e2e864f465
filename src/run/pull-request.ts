// The one flow the Action and the App share: read the PR, decide on the triggering comment, evaluate the change with the
// commands of every comment, then publish the sticky comment, the check and the answer to the comment.
import { memoizeAccess, type AccessLookup } from '../commands/authorize.ts';
import { collectCommands, preflight, type Collected, type TriggerCommands } from '../commands/collect.ts';
import { parseCommands } from '../commands/parse.ts';
import { carriesState } from '../commands/registry.ts';
import { answerTrigger, type Answer } from '../report/reply.ts';
import type { Verdict } from '../engine/types.ts';
import { finding } from '../common/finding.ts';


import { toCheckOutput } from '../report/check.ts';
import { REPORT_MARKER, renderMarkdown } from '../report/markdown.ts';
import { DEFAULT_POLICY_PATH, evaluateChange } from './evaluate-change.ts';
import { notifiedRecord, planNotifications, readNotified, type ReviewRequest } from './notify-owners.ts';
import { type RepoRef, type CheckResult, type ReportMode, type PrComment, type StickyResult, type GitHubPort, type PullRequestSnapshot, ownComments } from '../ports/github.ts';

export type CommentMode = 'auto' | 'always' | 'never';

export type GateTrigger =
  | { kind: 'pull_request' }
  /** A PR comment was created, edited or deleted; `previousBody` is the body before an edit or deletion. */
  | { kind: 'comment'; commentId: number; action: 'created' | 'edited' | 'deleted'; previousBody?: string }
  /** Re-run from the check, a manual dispatch or a policy change on the base branch. */
  | { kind: 'rerun' };

export interface GateOptions {
  owner: string;
  repo: string;
  number: number;
  checkName: string;
  comment: CommentMode;
  report: ReportMode;
  policyPath?: string;
  trigger: GateTrigger;
  /** Where the full details are (the workflow run); the comment's URL is used when absent. */
  detailsUrl?: string;
  /** The head SHA the event named: where a failure check goes when the PR itself cannot be read. */
  headShaHint?: string;
}

export interface GateOutcome {
  /** evaluated: a verdict was published (a fail-closed one when inputs could not be read); skipped: nothing to do. */
  status: 'evaluated' | 'skipped' | 'failed';
  /** Why the run was skipped or failed. */
  reason?: string;
  verdict?: Verdict;
  markdown?: string;
  headSha?: string;
  comment?: StickyResult | { action: 'not-posted'; reason: string };
  check?: CheckResult;
  answer?: Answer & { replied: boolean };
  /** Writes that failed: the run must not pass. */
  errors: string[];
  /** Problems that do not change the result (a reaction that could not be added). */
  warnings: string[];
  /** The owners asked for a review by this run, when any were. */
  notified?: ReviewRequest;
}

/** Leaves room under GitHub's 65,536-character limit for a comment body. */
const COMMENT_MAX_LENGTH = 65_000;

export async function gatePullRequest(port: GitHubPort, options: GateOptions): Promise<GateOutcome> {
  const repo: RepoRef = { owner: options.owner, repo: options.repo };
  const outcome: GateOutcome = { status: 'skipped', errors: [], warnings: [] };
  let pr: PullRequestSnapshot;
  try {
    pr = await port.readPullRequest(repo, options.number);
  } catch (error) {
    const reason = `could not read pull request #${options.number}: ${port.describeError(error)}`;
    if (options.headShaHint !== undefined) await reportUnreadable(port, repo, options, options.headShaHint, reason, outcome);
    return { ...outcome, status: 'failed', reason };
  }
  outcome.headSha = pr.headSha;
  if (pr.state !== 'OPEN') return { ...outcome, reason: `pull request #${pr.number} is ${pr.state.toLowerCase()}` };

  const access = memoizeAccess(port.access(repo));
  const safely = warnOnFailure(port, outcome);
  const trigger = await receiveTrigger(port, repo, pr, options.trigger, access, safely);
  if (trigger.done) {
    if (trigger.answer) outcome.answer = trigger.answer;
    return { ...outcome, reason: trigger.done };
  }

  const { verdict, collected, notifyOwners } = await evaluate(port, repo, pr, options, access, trigger.comment?.id);
  outcome.status = 'evaluated';
  outcome.verdict = verdict;
  const record = notifyOwners === true ? await notifyOwnersOnce(port, repo, pr, verdict, outcome) : notifiedRecord([...readNotified(pr.comments, REPORT_MARKER)]);
  await publish(port, repo, pr, options, verdict, outcome, record);

  if (trigger.comment) {
    const comment = trigger.comment;
    if (collected?.trigger) outcome.answer = await answer(port, repo, pr.number, collected.trigger, verdict, safely);
    // The evaluation failed before the commands were read: the check says why.
    else await safely('could not react to the comment', () => port.react(repo, comment.databaseId, 'confused'));
  }
  return outcome;
}

type Safely = (what: string, write: () => Promise<void>) => Promise<void>;

/** Writes that do not change the result (reactions, replies): a failure is a warning, not a failed run. */
function warnOnFailure(port: GitHubPort, outcome: GateOutcome): Safely {
  return async (what, write) => {
    try {
      await write();
    } catch (error) {
      outcome.warnings.push(`${what}: ${port.describeError(error)}`);
    }
  };
}

interface Received {
  /** Set when the run ends here, with the reason. */
  done?: string;
  answer?: GateOutcome['answer'];
  /** The comment to answer after the evaluation. */
  comment?: PrComment;
}

/** For a comment event: whether it calls for an evaluation, acknowledged with 👀, and answered at once if not. */
async function receiveTrigger(port: GitHubPort, repo: RepoRef, pr: PullRequestSnapshot, trigger: GateTrigger, access: AccessLookup, safely: Safely): Promise<Received> {
  if (trigger.kind !== 'comment') return {};
  const decision = commentDecision(pr, trigger);
  if (decision.skip !== undefined) return { done: decision.skip };
  const comment = decision.comment;
  if (!comment || trigger.action === 'deleted') return {};
  await safely('could not react to the comment', () => port.react(repo, comment.databaseId, 'eyes'));
  const pre = await preflight(comment, pr.author, access);
  if (pre.evaluate || !pre.trigger) return { comment };
  return { done: 'the comment asks for no evaluation', answer: await answer(port, repo, pr.number, pre.trigger, undefined, safely) };
}

/** The sticky comment (never for an older head) and the check on the evaluated head. */
async function publish(port: GitHubPort, repo: RepoRef, pr: PullRequestSnapshot, options: GateOptions, verdict: Verdict, outcome: GateOutcome, record = ''): Promise<void> {
  const title = options.checkName;
  const markdown = renderMarkdown(verdict, { maxLength: COMMENT_MAX_LENGTH, title, ...(options.detailsUrl ? { detailsUrl: options.detailsUrl } : {}) });
  outcome.markdown = markdown;

  // One re-read of the PR head right before writing: an evaluation of an older head never overwrites a newer report.
  const stillCurrent = () => port.currentHead(repo, pr.number).then((head) => head.sha === pr.headSha && head.state === 'open');
  outcome.comment = { action: 'not-posted', reason: `comment: ${options.comment}` };
  const hasComment = ownComments(pr.comments, REPORT_MARKER).length > 0;
  const wantComment = options.comment === 'always' || (options.comment === 'auto' && (verdict.conclusion !== 'neutral' || hasComment));
  if (wantComment) {
    try {
      outcome.comment = await port.publishSticky(repo, { number: pr.number, body: `${markdown}${record}`, marker: REPORT_MARKER, comments: pr.comments, stillCurrent });
    } catch (error) {
      outcome.errors.push(`could not write the PR comment: ${port.describeError(error)}`);
    }
  }

  const commentUrl = 'url' in outcome.comment ? outcome.comment.url : undefined;
  const detailsUrl = options.detailsUrl ?? commentUrl ?? pr.url;
  const output = toCheckOutput(verdict, markdown, { title, detailsUrl, ...(commentUrl === undefined ? {} : { commentUrl }) });
  try {
    outcome.check = await port.publishCheck(repo, {
      name: options.checkName,
      headSha: pr.headSha,
      conclusion: verdict.conclusion,
      title: output.title,
      summary: output.summary,
      text: output.text,
      annotations: output.annotations,
      detailsUrl,
      mode: options.report,
    });
    if (outcome.check.fellBackToStatus) outcome.warnings.push(outcome.check.fellBackToStatus);
  } catch (error) {
    outcome.errors.push(`could not write the ${CHECK_KIND[options.report]}: ${port.describeError(error)}`);
  }
}

/**
 * Asks the owners whose attestation is newly needed for a review, once; returns the record of who was asked, for the
 * sticky comment. A failed request is a warning, and is not recorded, so that the next evaluation asks again.
 */
async function notifyOwnersOnce(port: GitHubPort, repo: RepoRef, pr: PullRequestSnapshot, verdict: Verdict, outcome: GateOutcome): Promise<string> {
  const already = readNotified(pr.comments, REPORT_MARKER);
  const plan = planNotifications(verdict, already, repo, pr.author);
  const { users, teams } = plan.request;
  if (users.length + teams.length === 0 || port.requestReviewers === undefined) return notifiedRecord(plan.notified);
  try {
    await port.requestReviewers(repo, pr.number, users, teams);
    outcome.notified = plan.request;
    return notifiedRecord(plan.notified);
  } catch (error) {
    outcome.warnings.push(`could not ask the safeguard owners for a review: ${port.describeError(error)}`);
    return notifiedRecord([...already]);
  }
}

const CHECK_KIND: Record<ReportMode, string> = {
  check: 'check run (nor its commit-status fallback)',
  status: 'commit status',
  both: 'check run and commit status',
};

/** A failure check on the head the event named, so that a PR that cannot be read is never left looking green. */
async function reportUnreadable(port: GitHubPort, repo: RepoRef, options: GateOptions, headSha: string, reason: string, outcome: GateOutcome): Promise<void> {
  const verdict = unreadableVerdict(`rsp-gate ${reason}`, options.policyPath ?? DEFAULT_POLICY_PATH);
  const markdown = renderMarkdown(verdict, { title: options.checkName });
  const output = toCheckOutput(verdict, markdown, { title: options.checkName });
  try {
    outcome.check = await port.publishCheck(repo, {
      name: options.checkName,
      headSha,
      conclusion: 'failure',
      title: output.title,
      summary: output.summary,
      annotations: [],
      ...(options.detailsUrl === undefined ? {} : { detailsUrl: options.detailsUrl }),
      mode: options.report,
    });
  } catch (error) {
    outcome.errors.push(`could not write the failure check: ${port.describeError(error)}`);
  }
}

/** Whether a comment event calls for a run, and the comment as GitHub has it now. */
function commentDecision(pr: PullRequestSnapshot, trigger: Extract<GateTrigger, { kind: 'comment' }>): { skip?: string; comment?: PrComment } {
  const comment = pr.comments.find((c) => c.databaseId === trigger.commentId);
  const previous = trigger.previousBody === undefined ? [] : parseCommands(trigger.previousBody).commands;
  // A deleted or edited comment may have taken an attestation or approval with it.
  const hadState = previous.some(carriesState);
  if (!comment || trigger.action === 'deleted') return hadState ? {} : { skip: 'the comment carried no command that affects the gate' };
  if (comment.viewerDidAuthor) return { skip: "the comment is the gate's own" };
  const parsed = parseCommands(comment.body);
  if (parsed.commands.length === 0 && parsed.errors.length === 0) {
    return hadState ? {} : { skip: 'the comment holds no /rsp command' };
  }
  return { comment };
}

async function evaluate(
  port: GitHubPort,
  repo: RepoRef,
  pr: PullRequestSnapshot,
  options: GateOptions,
  access: AccessLookup,
  triggerId: string | undefined,
): Promise<{ verdict: Verdict; collected?: Collected; notifyOwners?: boolean }> {
  const policyPath = options.policyPath ?? DEFAULT_POLICY_PATH;
  const reader = port.reader(repo);
  let collected: Collected | undefined;
  // From the base policy, which the PR cannot change: whether owners are asked for a review.
  let notifyOwners: boolean | undefined;
  // When the head was pushed at the latest (from its check suites): started now, read when the commands are.
  const pushedBy = port.headPushedBy(repo, pr.headSha);
  // Awaited below, or the evaluation failed first: either way its failure is never left unhandled.
  pushedBy.catch(() => undefined);
  try {
    const changedFiles = await port.changedFiles(repo, reader, pr.baseSha, pr.headSha);
    const verdict = await evaluateChange(
      reader,
      { base: pr.baseSha, head: pr.headSha, changedFiles },
      {
        policyPath,
        commands: async (policy, { models }) => {
          notifyOwners = policy.approvals.notify_owners !== false;
          collected = await collectCommands({
            models,
            // The gate's own comments (report, replies) are never read as commands.
            comments: pr.comments.filter((c) => !c.viewerDidAuthor),
            policy,
            prAuthor: pr.author,
            headPushedBy: await pushedBy,
            access,
            ...(triggerId === undefined ? {} : { triggerId }),
          });
          return collected.inputs;
        },
      },
    );
    return { verdict, ...(collected === undefined ? {} : { collected }), ...(notifyOwners === undefined ? {} : { notifyOwners }) };
  } catch (error) {
    return { verdict: unreadableVerdict(`rsp-gate could not evaluate this pull request: ${port.describeError(error)}`, policyPath) };
  }
}

async function answer(
  port: GitHubPort,
  repo: RepoRef,
  number: number,
  trigger: TriggerCommands,
  verdict: Verdict | undefined,
  safely: Safely,
): Promise<Answer & { replied: boolean }> {
  const result = answerTrigger(trigger, verdict);
  let replied = false;
  const commentId = trigger.comment.databaseId;
  if (result.reply !== undefined) {
    const reply = result.reply;
    await safely('could not reply to the comment', async () => {
      await port.postComment(repo, number, reply);
      replied = true;
    });
  }
  if (commentId !== undefined) await safely('could not react to the comment', () => port.react(repo, commentId, result.reaction));
  return { ...result, replied };
}

/** The verdict when GitHub could not be read: a failure with the reason, never a pass. */
export function unreadableVerdict(message: string, policyFile: string): Verdict {
  return {
    schemaVersion: 1,
    conclusion: 'failure',
    requiredLevel: 'unknown',
    headline: message,
    referenceDate: '',
    policy: { file: policyFile, extends: null, changed: false, approvedBy: [] },
    models: [],
    findings: [finding('API_ERROR', 'error', message)],
    counts: { error: 1, warning: 0, notice: 0 },
  };
}
