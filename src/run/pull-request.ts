// The one flow the Action and the App share: read the PR, decide on the triggering comment, evaluate the change with the
// commands of every comment, then publish the sticky comment, the check and the answer to the comment.
import { memoizeAccess, type AccessLookup } from '../commands/authorize.ts';
import { collectCommands, preflight, type Collected, type TriggerCommands } from '../commands/collect.ts';
import { parseCommands } from '../commands/parse.ts';
import { carriesState } from '../commands/registry.ts';
import { answerTrigger, type Answer } from '../report/reply.ts';
import type { Verdict } from '../engine/types.ts';
import { finding } from '../common/finding.ts';

import { CHECK_SUMMARY_MAX, toCheckOutput, truncate } from '../report/check.ts';
import { foreignChecksOn, withFindings } from './foreign-checks.ts';
import { REPORT_MARKER, renderMarkdown } from '../report/markdown.ts';
import { encodeRecord } from '../report/record.ts';
import { DEFAULT_POLICY_PATH, evaluateChange, type EvaluateOptions } from './evaluate-change.ts';
import { currentTool } from './tool.ts';
import { notifiedRecord, planNotifications, readNotified, type ReviewRequest } from './notify-owners.ts';
import type { Policy } from '../policy/schema.ts';
import type { RepoReader } from '../ports/repo-reader.ts';
import type { CommandInputs, KnownModel } from '../commands/handler.ts';
import {
  type RepoRef,
  type CheckResult,
  type HeadChecks,
  type ReportMode,
  type PrComment,
  type StickyResult,
  type GitHubPort,
  type PullRequestSnapshot,
  type ReactionContent,
  ownComments,
  tamperedWith,
} from '../ports/github.ts';

export type CommentMode = 'auto' | 'always' | 'never';

export type GateTrigger =
  | { kind: 'pull_request' }
  /**
   * A PR comment (or, with source 'review', a review body) was created, edited or deleted (a review dismissed);
   * `previousBody` is the body before an edit or deletion.
   */
  | { kind: 'comment'; commentId: number; action: 'created' | 'edited' | 'deleted'; previousBody?: string; source?: 'review' }
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
  /**
   * Given, an in-progress check is written on the head before the evaluation and its id handed here (the Action keeps
   * it for its post step, which completes the check as failure if the job is cancelled or times out).
   */
  onCheckStarted?: (checkRunId: number) => void;
  /** The adapter's clock: a PR is judged as of the time its evaluation starts (default: the system clock). */
  clock?: () => Date;
  /** Judge as of this time (ISO) instead of the clock's: the `evaluate-as-of` setting, to reproduce a verdict. */
  evaluateAsOf?: string;
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

/** Leaves room under GitHub's 65,536-character limit for a comment body, and for the head marker added to it. */
export const COMMENT_MAX_LENGTH = 65_000;

export async function gatePullRequest(port: GitHubPort, options: GateOptions): Promise<GateOutcome> {
  const repo: RepoRef = { owner: options.owner, repo: options.repo };
  const outcome = newOutcome();
  const pr = await readSnapshot(port, repo, options, outcome);
  if (pr === undefined) return outcome;
  outcome.headSha = pr.headSha;
  if (pr.state !== 'OPEN') return { ...outcome, reason: `pull request #${pr.number} is ${pr.state.toLowerCase()}` };

  const access = memoizeAccess(port.access(repo));
  const safely = warnOnFailure(port, outcome);
  const trigger = await receiveTrigger(port, repo, pr, options.trigger, access, safely);
  if (trigger.done) {
    if (trigger.answer) outcome.answer = trigger.answer;
    return { ...outcome, reason: trigger.done };
  }

  const started = await startCheck(port, repo, pr.headSha, options, outcome);
  const { verdict, collected, notifyOwners } = await evaluate(port, repo, pr, options, access, trigger.comment?.id);
  outcome.status = 'evaluated';
  outcome.verdict = verdict;
  const record =
    notifyOwners === true
      ? await notifyOwnersOnce(port, repo, pr, verdict, outcome)
      : notifiedRecord([...readNotified(pr.comments, REPORT_MARKER)]);
  await publish(port, repo, pr, options, verdict, outcome, { started, record });

  if (trigger.comment) {
    const comment = trigger.comment;
    if (collected?.trigger) outcome.answer = await answer(port, repo, pr.number, collected.trigger, verdict, safely, comment);
    // The evaluation failed before the commands were read: the check says why.
    else await reactTo(port, repo, comment, 'confused', safely);
  }
  return outcome;
}

/** The in-progress check, when the adapter asks for one and the report is a check run; its id, or undefined. */
export async function startCheck(
  port: GitHubPort,
  repo: RepoRef,
  headSha: string,
  options: CheckOptions & Pick<GateOptions, 'onCheckStarted'>,
  outcome: GateOutcome,
): Promise<number | undefined> {
  if (options.onCheckStarted === undefined || options.report === 'status') return undefined;
  try {
    const id = await port.startCheck(repo, {
      name: options.checkName,
      headSha,
      ...(options.detailsUrl === undefined ? {} : { detailsUrl: options.detailsUrl }),
    });
    options.onCheckStarted(id);
    return id;
  } catch (error) {
    // Without it the run still ends with a check (or its status fallback); only a killed run would leave none.
    outcome.warnings.push(`could not start the check before evaluating: ${port.describeError(error)}`);
    return undefined;
  }
}

/**
 * The PR in one read; when it cannot be read, a failure check on its head (the event's, or GitHub's current one) so
 * that no earlier green check stays the last word — whatever event started the run.
 */
async function readSnapshot(
  port: GitHubPort,
  repo: RepoRef,
  options: GateOptions,
  outcome: GateOutcome,
): Promise<PullRequestSnapshot | undefined> {
  try {
    return await port.readPullRequest(repo, options.number, options.checkName);
  } catch (error) {
    await failOnHead(port, options, `could not read pull request #${options.number}: ${port.describeError(error)}`, outcome);
    return undefined;
  }
}

/**
 * A run that could not evaluate: a failure check saying why on the PR's head (the event's, or GitHub's current one),
 * so that no earlier green check stays the last word.
 */
export async function failOnHead(port: GitHubPort, options: GateOptions, reason: string, outcome = newOutcome()): Promise<GateOutcome> {
  const repo: RepoRef = { owner: options.owner, repo: options.repo };
  Object.assign(outcome, { status: 'failed', reason });
  const head =
    options.headShaHint ??
    (await port.currentHead(repo, options.number).then(
      (h) => h.sha,
      () => undefined,
    ));
  if (head !== undefined) await reportUnreadable(port, repo, options, head, reason, outcome);
  else outcome.errors.push(`could not write a failure check: the head of pull request #${options.number} could not be read either`);
  return outcome;
}

function newOutcome(): GateOutcome {
  return { status: 'skipped', errors: [], warnings: [] };
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
async function receiveTrigger(
  port: GitHubPort,
  repo: RepoRef,
  pr: PullRequestSnapshot,
  trigger: GateTrigger,
  access: AccessLookup,
  safely: Safely,
): Promise<Received> {
  if (trigger.kind !== 'comment') return {};
  const decision = commentDecision(pr, trigger);
  if (decision.skip !== undefined) return { done: decision.skip };
  const comment = decision.comment;
  if (!comment || trigger.action === 'deleted') return {};
  await reactTo(port, repo, comment, 'eyes', safely);
  const pre = await preflight(comment, pr.author, access);
  if (pre.evaluate || !pre.trigger) return { comment };
  return {
    done: 'the comment asks for no evaluation',
    answer: await answer(port, repo, pr.number, pre.trigger, undefined, safely, comment),
  };
}

/**
 * The check on the evaluated head first, then the sticky comment (never over a report about a newer head): a run
 * killed in between leaves a check without a comment, never a comment claiming a verdict no check carries.
 */
/** What publishing adds to the verdict: the check run this evaluation started, and who was asked for a review. */
interface PublishExtras {
  started?: number | undefined;
  record?: string;
}

async function publish(
  port: GitHubPort,
  repo: RepoRef,
  pr: PullRequestSnapshot,
  options: GateOptions,
  verdict: Verdict,
  outcome: GateOutcome,
  extras: PublishExtras = {},
): Promise<void> {
  const { started, record = '' } = extras;
  const title = options.checkName;
  // The record of who was asked and the audit record ride at the end of the comment: the report leaves room for them.
  const render = (v: Verdict) =>
    renderMarkdown(v, {
      maxLength: COMMENT_MAX_LENGTH - record.length - encodeRecord(v).length,
      title,
      ...(options.detailsUrl ? { detailsUrl: options.detailsUrl } : {}),
    });
  const existing = ownComments(pr.comments, REPORT_MARKER)[0];
  const detailsUrl = options.detailsUrl ?? existing?.url ?? pr.url;
  outcome.markdown = render(verdict);
  const commentUrl = existing?.url;
  outcome.check = await writeCheck(
    port,
    repo,
    { headSha: pr.headSha, checkRunId: started, commentUrl },
    options,
    verdict,
    outcome.markdown,
    detailsUrl,
    outcome,
  );
  await flagForeignChecks(
    port,
    repo,
    { headSha: pr.headSha, checkRunId: undefined, commentUrl },
    options,
    verdict,
    render,
    detailsUrl,
    outcome,
    pr.headChecks,
  );
  const final = outcome.verdict ?? verdict;
  const comment = await writeComment(port, repo, pr, options, final, `${outcome.markdown}${record}${encodeRecord(final)}`, outcome);
  outcome.comment = comment;
  // The check was written first, so a report comment created now is linked from it afterwards (no run URL to link).
  const checkRunId = outcome.check?.checkRunId;
  if (options.detailsUrl === undefined && existing === undefined && comment.action === 'created' && checkRunId !== undefined) {
    await warnOnFailure(port, outcome)('could not link the check to the report', () => port.linkCheck(repo, checkRunId, comment.url));
  }
}

/** What writing a check needs of the gate's options. */
export type CheckOptions = Pick<GateOptions, 'checkName' | 'report' | 'policyPath' | 'detailsUrl'>;

export interface CheckTarget {
  headSha: string;
  /** A check run of this evaluation to complete in place. */
  checkRunId: number | undefined;
  /** The report comment the check's summary links to, when there is one already. */
  commentUrl: string | undefined;
  /** Said above the verdict in the summary (what a merge group's check judged). */
  preface?: string;
}

export async function writeCheck(
  port: GitHubPort,
  repo: RepoRef,
  target: CheckTarget,
  options: CheckOptions,
  verdict: Verdict,
  markdown: string,
  detailsUrl: string,
  outcome: GateOutcome,
): Promise<CheckResult | undefined> {
  const output = toCheckOutput(verdict, markdown, {
    title: options.checkName,
    detailsUrl,
    ...(target.commentUrl === undefined ? {} : { commentUrl: target.commentUrl }),
  });
  try {
    const check = await port.publishCheck(repo, {
      name: options.checkName,
      headSha: target.headSha,
      ...(target.checkRunId === undefined ? {} : { checkRunId: target.checkRunId }),
      conclusion: verdict.conclusion,
      title: output.title,
      summary: target.preface === undefined ? output.summary : truncate(`${target.preface}\n\n${output.summary}`, CHECK_SUMMARY_MAX),
      text: output.text,
      annotations: output.annotations,
      detailsUrl,
      mode: options.report,
    });
    if (check.fellBackToStatus && !outcome.warnings.includes(check.fellBackToStatus)) outcome.warnings.push(check.fellBackToStatus);
    return check;
  } catch (error) {
    outcome.errors.push(`could not write the ${CHECK_KIND[options.report]}: ${port.describeError(error)}`);
    return undefined;
  }
}

/**
 * Another source's check or status of the gate's name on the head: said in the gate's own check (and comment), since it
 * can satisfy a branch protection that names only the check. The check is written again, as a new run: an update would
 * add the annotations a second time.
 */
export async function flagForeignChecks(
  port: GitHubPort,
  repo: RepoRef,
  target: CheckTarget,
  options: CheckOptions,
  verdict: Verdict,
  render: (v: Verdict) => string,
  detailsUrl: string,
  outcome: GateOutcome,
  /** What was read with the PR about its head, when `target` is that head. */
  headChecks?: HeadChecks,
): Promise<void> {
  const own = outcome.check;
  const foreign = own === undefined ? [] : await foreignChecksOn(port, repo, target.headSha, headChecks, options.checkName, own, outcome);
  if (foreign.length === 0) return;
  const flagged = withFindings(verdict, foreign);
  outcome.verdict = flagged;
  outcome.markdown = render(flagged);
  const again = { ...target, checkRunId: undefined };
  outcome.check = (await writeCheck(port, repo, again, options, flagged, outcome.markdown, detailsUrl, outcome)) ?? outcome.check;
}

async function writeComment(
  port: GitHubPort,
  repo: RepoRef,
  pr: PullRequestSnapshot,
  options: GateOptions,
  verdict: Verdict,
  markdown: string,
  outcome: GateOutcome,
): Promise<NonNullable<GateOutcome['comment']>> {
  const hasComment = ownComments(pr.comments, REPORT_MARKER).length > 0;
  const wantComment = options.comment === 'always' || (options.comment === 'auto' && (verdict.conclusion !== 'neutral' || hasComment));
  if (!wantComment) return { action: 'not-posted', reason: `comment: ${options.comment}` };
  // Right before writing: the evaluated head must still be the PR's, and the report must not be about the current one.
  const stillCurrent = async (reported: string | undefined) => {
    const head = await port.currentHead(repo, pr.number);
    return (
      head.state === 'open' && head.sha === pr.headSha && !(reported !== undefined && reported !== pr.headSha && reported === head.sha)
    );
  };
  try {
    return await port.publishSticky(repo, {
      number: pr.number,
      body: markdown,
      marker: REPORT_MARKER,
      headSha: pr.headSha,
      comments: pr.comments,
      stillCurrent,
    });
  } catch (error) {
    outcome.errors.push(`could not write the PR comment: ${port.describeError(error)}`);
    return { action: 'not-posted', reason: 'the comment could not be written' };
  }
}

const CHECK_KIND: Record<ReportMode, string> = {
  check: 'check run (nor its commit-status fallback)',
  status: 'commit status',
  both: 'check run and commit status',
};

/** A failure check on the head the event named, so that a PR that cannot be read is never left looking green. */
export async function reportUnreadable(
  port: GitHubPort,
  repo: RepoRef,
  options: CheckOptions,
  headSha: string,
  reason: string,
  outcome: GateOutcome,
): Promise<void> {
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
function commentDecision(
  pr: PullRequestSnapshot,
  trigger: Extract<GateTrigger, { kind: 'comment' }>,
): { skip?: string; comment?: PrComment } {
  // Reviews and comments are numbered apart: the trigger's source says which one it is.
  const comment = pr.comments.find((c) => c.databaseId === trigger.commentId && (c.review === true) === (trigger.source === 'review'));
  const previous = trigger.previousBody === undefined ? [] : parseCommands(trigger.previousBody).commands;
  // A deleted or edited comment may have taken an attestation or approval with it.
  const hadState = previous.some(carriesState);
  // The gate's report, deleted by someone: written again at once.
  const wasReport = trigger.previousBody?.trimStart().startsWith(REPORT_MARKER) === true;
  if (!comment || trigger.action === 'deleted')
    return hadState || wasReport ? {} : { skip: 'the comment carried no command that affects the gate' };
  // The gate's own comment, edited by someone else, is a forgery until the real report is written over it.
  if (comment.viewerDidAuthor) return tamperedWith(comment) ? {} : { skip: "the comment is the gate's own" };
  const parsed = parseCommands(comment.body);
  if (parsed.commands.length === 0 && parsed.errors.length === 0) {
    return hadState ? {} : { skip: 'the comment holds no /rsp command' };
  }
  return { comment };
}

/** Where an evaluation looks, and how the PR's commands carry there: the PR's own change by default. */
export interface EvaluationTarget {
  base: string;
  head: string;
  /** Rebinds the PR's authorised commands before they count (a merge group carries only what held on the PR). */
  bind?: (inputs: CommandInputs) => CommandInputs;
  /** Shared by evaluations of one run, so that trees and the head's push time are read once. */
  reader?: RepoReader;
  headSince?: Promise<string | null>;
}

export interface Evaluation {
  verdict: Verdict;
  collected?: Collected;
  notifyOwners?: boolean;
  /** The models defined at the evaluated head (ids and aliases), once they were read. */
  models?: KnownModel[];
}

/** The verdict on the PR's change (or `target`) with the commands of every comment; a fail-closed one when unreadable. */
export async function evaluate(
  port: GitHubPort,
  repo: RepoRef,
  pr: PullRequestSnapshot,
  options: Pick<GateOptions, 'policyPath' | 'evaluateAsOf' | 'clock'>,
  access: AccessLookup,
  triggerId: string | undefined,
  target: EvaluationTarget = { base: pr.baseSha, head: pr.headSha },
): Promise<Evaluation> {
  const policyPath = options.policyPath ?? DEFAULT_POLICY_PATH;
  const reader = target.reader ?? port.reader(repo);
  let collected: Collected | undefined;
  let known: KnownModel[] | undefined;
  // From the base policy, which the PR cannot change: whether owners are asked for a review.
  let notifyOwners: boolean | undefined;
  const headSince = target.headSince ?? headBecameHead(port, repo, pr);
  try {
    const changedFiles = await port.changedFiles(repo, reader, target.base, target.head);
    const commands: EvaluateOptions['commands'] = async (policy, { models }) => {
      notifyOwners = policy.approvals.notify_owners !== false;
      known = models;
      collected = await readCommands(pr, policy, models, await headSince, access, triggerId);
      return target.bind ? target.bind(collected.inputs) : collected.inputs;
    };
    // The PR's own diff, judged by the policy at its base branch's tip (the recorded base SHA lags behind a policy
    // push); a merge group is judged by the policy of its own base.
    const policyBase = target.base === pr.baseSha ? pr.baseTipSha : undefined;
    const change = { base: target.base, head: target.head, changedFiles, ...(policyBase === undefined ? {} : { policyBase }) };
    const referenceTime = options.evaluateAsOf ?? (options.clock ?? systemClock)().toISOString();
    const subject = { repository: `${repo.owner}/${repo.repo}`, pullRequest: pr.number };
    const tool = await currentTool();
    const verdict = await evaluateChange(reader, change, { policyPath, commands, referenceTime, subject, tool });
    return {
      verdict,
      ...(collected === undefined ? {} : { collected }),
      ...(notifyOwners === undefined ? {} : { notifyOwners }),
      ...(known === undefined ? {} : { models: known }),
    };
  } catch (error) {
    return { verdict: unreadableVerdict(`rsp-gate could not evaluate this pull request: ${port.describeError(error)}`, policyPath) };
  } finally {
    // A reader passed in belongs to the caller, which may read on with it.
    if (target.reader === undefined) await reader.close?.();
  }
}

const systemClock = () => new Date();

/**
 * Asks the owners whose attestation is newly needed for a review, once; returns the record of who was asked, for the
 * sticky comment. A failed request is a warning, and is not recorded, so that the next evaluation asks again.
 */
async function notifyOwnersOnce(
  port: GitHubPort,
  repo: RepoRef,
  pr: PullRequestSnapshot,
  verdict: Verdict,
  outcome: GateOutcome,
): Promise<string> {
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

/** Every comment's commands, authorised again against the base policy and today's access. */
function readCommands(
  pr: PullRequestSnapshot,
  policy: Policy,
  models: KnownModel[],
  headPushedBy: string | null,
  access: AccessLookup,
  triggerId: string | undefined,
): Promise<Collected> {
  return collectCommands({
    models,
    // The gate's own comments (report, replies) are never read as commands.
    comments: pr.comments.filter((c) => !c.viewerDidAuthor),
    policy,
    prAuthor: pr.author,
    headPushedBy,
    access,
    ...(triggerId === undefined ? {} : { triggerId }),
  });
}

/**
 * When the current head became the PR's head at the latest, from times GitHub sets: the later of its earliest check
 * suite (its first push) and the last force push to it on the PR's timeline (a force push back to an old commit). null
 * when neither can be shown. Started at once; its failure fails the evaluation when the commands ask for it.
 */
export function headBecameHead(port: GitHubPort, repo: RepoRef, pr: PullRequestSnapshot): Promise<string | null> {
  // Read with the PR when GitHub showed a suite then; else asked now (the check this run started has made one since).
  const earliest = pr.headChecks?.earliestSuite;
  const suites = earliest === undefined || earliest === null ? port.headPushedBy(repo, pr.headSha) : Promise.resolve(earliest);
  const since = suites.then((suite) => {
    if (!pr.headForcePush.complete) return null;
    return latestTime(suite, pr.headForcePush.at);
  });
  since.catch(() => undefined);
  return since;
}

/** The later of two ISO times, either of which may be missing. */
export function latestTime(suite: string | null, forcePush: string | null): string | null {
  if (suite === null) return forcePush === null ? null : forcePush;
  if (forcePush === null) return suite;
  return Date.parse(forcePush) > Date.parse(suite) ? forcePush : suite;
}

async function answer(
  port: GitHubPort,
  repo: RepoRef,
  number: number,
  trigger: TriggerCommands,
  verdict: Verdict | undefined,
  safely: Safely,
  comment: PrComment,
): Promise<Answer & { replied: boolean }> {
  const result = answerTrigger(trigger, verdict);
  let replied = false;
  if (result.reply !== undefined) {
    const reply = result.reply;
    await safely('could not reply to the comment', async () => {
      await port.postComment(repo, number, reply);
      replied = true;
    });
  }
  await reactTo(port, repo, comment, result.reaction, safely);
  return { ...result, replied };
}

/** Reactions go on PR comments; a review has no REST reactions, so the reply (when there is one) answers it. */
function reactTo(port: GitHubPort, repo: RepoRef, comment: PrComment, content: ReactionContent, safely: Safely): Promise<void> {
  if (comment.review === true) return Promise.resolve();
  return safely('could not react to the comment', () => port.react(repo, comment.databaseId, content));
}

/** The verdict when GitHub could not be read: a failure with the reason, never a pass. */
function unreadableVerdict(message: string, policyFile: string): Verdict {
  return {
    schemaVersion: 2,
    subject: { baseSha: '', headSha: '' },
    tool: { name: 'rsp-gate', version: 'unknown' },
    conclusion: 'failure',
    requiredLevel: 'unknown',
    headline: message,
    referenceDate: '',
    policy: { file: policyFile, extends: null, changed: false, approvedBy: [], fingerprint: null },
    models: [],
    findings: [finding('API_ERROR', 'error', message)],
    counts: { error: 1, warning: 0, notice: 0 },
    ledger: [],
  };
}
