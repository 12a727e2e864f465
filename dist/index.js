const require = process.getBuiltinModule('node:module').createRequire(import.meta.url);
import {
  CHECK_RUN_STATE,
  CHECK_SUMMARY_MAX,
  createActionClient,
  createGitHubPort,
  error,
  getInput,
  info,
  notice,
  saveState,
  setFailed,
  setOutput,
  setSecret,
  summary,
  toCheckOutput,
  truncate,
  warning,
  workflowAnnotations
} from "./chunks/chunk-YEM4YLCG.js";
import {
  DEFAULT_POLICY_PATH,
  answerTrigger,
  carriesState,
  collectCommands,
  currentTool,
  encodeRecord,
  evaluateChange,
  expiringEvidence,
  memoizeAccess,
  parseInstant,
  policyTextFingerprint,
  preflight,
  renderStatusPage,
  toJsonReport
} from "./chunks/chunk-AOXVOO7M.js";
import {
  CONCLUSION_LABEL,
  REPORT_MARKER,
  codeSpan,
  describeGitHubError,
  escapeMarkdown,
  overview,
  ownComments,
  parseCommands,
  renderMarkdown,
  singleLine,
  tamperedWith
} from "./chunks/chunk-KGZTP6J2.js";
import {
  node_path_default,
  readFile,
  readText,
  writeFile
} from "./chunks/chunk-OX4INR5Z.js";
import "./chunks/chunk-KFQVW6SN.js";
import {
  finding
} from "./chunks/chunk-DKXZQWQK.js";
import "./chunks/chunk-Q5ALM6UT.js";

// src/run/event.ts
var TRANSLATORS = {
  pull_request: (p) => fromPullRequest("pull_request", p),
  pull_request_target: (p) => fromPullRequest("pull_request_target", p),
  issue_comment: fromComment,
  workflow_dispatch: fromDispatch,
  check_run: fromCheckRun,
  check_suite: fromCheckSuite,
  push: fromPush,
  schedule: () => sweep(),
  pull_request_review: fromReview,
  pull_request_review_comment: fromLineComment,
  merge_group: fromMergeGroup
};
var HANDLED_EVENTS = Object.keys(TRANSLATORS);
function translateEvent(eventName, payload, settings2) {
  const translate = TRANSLATORS[eventName];
  if (translate === void 0) return ignore(`rsp-gate runs on ${HANDLED_EVENTS.join(", ")}, not on ${eventName}`);
  return translate(payload, settings2);
}
var PR_ACTIONS = /* @__PURE__ */ new Set(["opened", "synchronize", "reopened", "ready_for_review"]);
function fromPullRequest(eventName, payload) {
  const pr = payload.pull_request;
  if (typeof pr?.number !== "number") return ignore(`the ${eventName} event carries no pull request`);
  const action = payload.action ?? "";
  const relevant = PR_ACTIONS.has(action) || action === "edited" && payload.changes?.base !== void 0;
  if (!relevant) return ignore(`${eventName}.${action} does not change what the gate evaluates`);
  const headSha = pr.head?.sha;
  const select = {
    kind: "number",
    number: pr.number,
    fromFork: fromFork(payload),
    ...typeof headSha === "string" ? { headSha } : {}
  };
  return { kind: "evaluate", select, trigger: { kind: "pull_request" } };
}
function fromComment(payload) {
  if (!payload.issue?.pull_request) return ignore("the comment is on an issue, not on a pull request");
  const number = payload.issue.number;
  const commentId = payload.comment?.id;
  if (typeof number !== "number" || typeof commentId !== "number") return ignore("the issue_comment event carries no comment");
  if (!commentEventMatters(payload)) return ignore("a bot wrote or edited its own comment, which carries no commands");
  const action = payload.action === "edited" || payload.action === "deleted" ? payload.action : "created";
  const previousBody = action === "edited" ? payload.changes?.body?.from : action === "deleted" ? payload.comment?.body : void 0;
  const trigger = { kind: "comment", commentId, action, ...previousBody === void 0 ? {} : { previousBody } };
  return { kind: "evaluate", select: { kind: "number", number }, trigger };
}
function commentEventMatters(payload) {
  if (payload.sender?.type !== "Bot") return true;
  return payload.action !== "created" && payload.comment?.user?.login !== payload.sender.login;
}
var REVIEW_ACTIONS = { submitted: "created", edited: "edited", dismissed: "deleted" };
function fromReview(payload) {
  const number = payload.pull_request?.number;
  const reviewId = payload.review?.id;
  if (typeof number !== "number" || typeof reviewId !== "number") return ignore("the pull_request_review event carries no review");
  const action = REVIEW_ACTIONS[payload.action];
  if (action === void 0) return ignore(`pull_request_review.${payload.action ?? ""} does not change what the gate evaluates`);
  const author = payload.review?.user?.login;
  if (payload.sender?.type === "Bot" && action !== "deleted" && author === payload.sender.login)
    return ignore("a bot wrote or edited its own review, which carries no commands");
  const previousBody = action === "edited" ? payload.changes?.body?.from : action === "deleted" ? payload.review?.body ?? "" : void 0;
  const trigger = {
    kind: "comment",
    source: "review",
    commentId: reviewId,
    action,
    ...previousBody === void 0 ? {} : { previousBody }
  };
  return { kind: "evaluate", select: { kind: "number", number, fromFork: fromFork(payload) }, trigger };
}
function fromLineComment(payload) {
  const number = payload.pull_request?.number;
  const commentId = payload.comment?.id;
  if (typeof number !== "number" || typeof commentId !== "number")
    return ignore("the pull_request_review_comment event carries no comment");
  if (payload.action !== "created") return ignore(`pull_request_review_comment.${payload.action ?? ""} is not a new line comment`);
  if (payload.sender?.type === "Bot" || payload.comment?.user?.type === "Bot") return ignore("a bot wrote the line comment");
  const parsed = parseCommands(payload.comment?.body ?? "");
  if (parsed.commands.length + parsed.errors.length === 0) return ignore("the line comment holds no /rsp command");
  return { kind: "line-comment", number, commentId };
}
var QUEUE_REF = /^refs\/heads\/gh-readonly-queue\/.+\/pr-(\d+)-[0-9a-f]{40,64}$/;
function queuedPullRequest(headRef) {
  const match = QUEUE_REF.exec(headRef);
  return match ? Number(match[1]) : void 0;
}
function fromMergeGroup(payload) {
  if (payload.action !== "checks_requested") return ignore(`merge_group.${payload.action ?? ""} does not ask for a check`);
  const { head_sha: headSha, base_sha: baseSha, head_ref: headRef } = payload.merge_group ?? {};
  if (typeof headSha !== "string" || typeof baseSha !== "string" || typeof headRef !== "string")
    return { kind: "invalid", reason: "the merge_group event names no head and base commit" };
  const pullRequest = queuedPullRequest(headRef);
  return { kind: "merge-group", group: { headSha, baseSha, headRef, ...pullRequest === void 0 ? {} : { pullRequest } } };
}
function fromFork(payload) {
  const pr = payload.pull_request;
  const head = pr?.head?.repo;
  return head?.fork === true || head?.full_name !== void 0 && head.full_name !== pr?.base?.repo?.full_name;
}
function fromDispatch(payload, settings2) {
  if (settings2.pullRequestInput !== void 0) return evaluateNumber(settings2.pullRequestInput);
  const given = payload.inputs?.["pull-request"];
  const text = typeof given === "string" ? given.trim() : "";
  if (text === "") return sweep();
  if (!/^\d+$/.test(text))
    return { kind: "invalid", reason: `workflow_dispatch: the pull-request input must be a PR number, not "${text}"` };
  return evaluateNumber(Number(text));
}
function evaluateNumber(number) {
  return { kind: "evaluate", select: { kind: "number", number }, trigger: { kind: "rerun" } };
}
function fromCheckRun(payload, settings2) {
  const run2 = payload.check_run;
  if (payload.action !== "rerequested") return ignore(`check_run.${payload.action ?? ""} is not a request to run again`);
  if (run2?.name !== settings2.checkName) return ignore(`the check run is ${run2?.name ?? "unnamed"}, not ${settings2.checkName}`);
  return rerunFor(run2.head_sha, run2.pull_requests);
}
function fromCheckSuite(payload) {
  const suite = payload.check_suite;
  if (payload.action !== "rerequested") return ignore(`check_suite.${payload.action ?? ""} is not a request to run again`);
  return rerunFor(suite?.head_sha, suite?.pull_requests);
}
function rerunFor(headSha, pulls) {
  if (typeof headSha !== "string") return ignore("the event names no commit");
  const numbers = (pulls ?? []).map((p) => p.number).filter((n) => typeof n === "number");
  const select = numbers.length > 0 ? { kind: "numbers", numbers, headSha } : { kind: "open-with-head", headSha };
  return { kind: "evaluate", select, trigger: { kind: "rerun" } };
}
function fromPush(payload, settings2) {
  const branch = payload.repository?.default_branch;
  if (branch === void 0 || payload.ref !== `refs/heads/${branch}`) return ignore("the push is not to the default branch");
  if (!touchesPolicy(payload, settings2.policyPath)) return ignore(`the push does not change ${settings2.policyPath}`);
  return { kind: "evaluate", select: { kind: "open-on-base", baseRef: branch }, trigger: { kind: "rerun" } };
}
function touchesPolicy(payload, policyPath) {
  const commits = payload.commits ?? [];
  if (payload.forced === true || commits.length >= 20) return true;
  return commits.some((c) => [...c.added ?? [], ...c.modified ?? [], ...c.removed ?? []].includes(policyPath));
}
function sweep() {
  return { kind: "evaluate", select: { kind: "open" }, trigger: { kind: "rerun" } };
}
function ignore(reason) {
  return { kind: "ignore", reason };
}

// src/run/foreign-checks.ts
async function foreignChecksOn(port, repo, sha, headChecks, name, own, outcome) {
  if (headChecks !== void 0) return foreignIn(headChecks, name, own);
  try {
    return await port.foreignChecks(repo, sha, name, own);
  } catch (error2) {
    outcome.warnings.push(`could not look for other checks named ${name}: ${port.describeError(error2)}`);
    return [];
  }
}
function foreignIn(head, name, own) {
  const runs = own.appId === void 0 ? [] : head.runs.filter((run2) => run2.appId !== null && run2.appId !== own.appId).map((run2) => ({ kind: "check run", source: `app ${run2.appSlug ?? run2.appId}`, state: run2.state }));
  const statuses = own.statusWritten ? [] : head.statuses.filter((status) => status.context === name).map((status) => ({ kind: "commit status", source: status.creator ?? "unknown", state: status.state }));
  return [...runs, ...statuses];
}
function withFindings(verdict, foreign) {
  const added = foreign.map(
    (f) => finding(
      "FOREIGN_CHECK",
      "warning",
      `another ${f.kind} named like this gate is on the head (from ${f.source}, ${f.state}); it is not rsp-gate's verdict: require this check from rsp-gate's source in branch protection (docs/github.md)`
    )
  );
  return {
    ...verdict,
    findings: [...verdict.findings, ...added],
    counts: { ...verdict.counts, warning: verdict.counts.warning + added.length }
  };
}

// src/run/notify-owners.ts
var NOTIFIED_MARKER = "<!-- rsp-gate:notified ";
var ANY_MODEL = "*";
function key(owner, safeguard, model) {
  return `${owner.toLowerCase()} ${safeguard} ${model}`;
}
function readNotified(comments, reportMarker) {
  const sticky = ownComments(comments, reportMarker).at(-1);
  const at = sticky?.body.lastIndexOf(NOTIFIED_MARKER) ?? -1;
  if (sticky === void 0 || at === -1) return /* @__PURE__ */ new Set();
  const encoded = sticky.body.slice(at + NOTIFIED_MARKER.length).split(" ")[0] ?? "";
  try {
    const list = JSON.parse(decodeURIComponent(encoded));
    return new Set(Array.isArray(list) ? list.filter((k) => typeof k === "string") : []);
  } catch {
    return /* @__PURE__ */ new Set();
  }
}
var MAX_RECORD_CHARS = 8e3;
function notifiedRecord(notified) {
  if (notified.length === 0) return "";
  const encode = (keys) => `
${NOTIFIED_MARKER}${encodeURIComponent(JSON.stringify([...new Set(keys)].sort()))} -->`;
  const full = encode(notified);
  if (full.length <= MAX_RECORD_CHARS) return full;
  return encode(notified.map((k) => k.split(" ").slice(0, 2).concat(ANY_MODEL).join(" ")));
}
function reviewer(owner, repo) {
  const team = /^@?([A-Za-z0-9-]+)\/([A-Za-z0-9._-]+)$/.exec(owner);
  if (team) return team[1].toLowerCase() === repo.owner.toLowerCase() ? { team: team[2] } : {};
  const user = /^@?([A-Za-z0-9](?:[A-Za-z0-9-]{0,38}))$/.exec(owner);
  return user ? { user: user[1] } : {};
}
function planNotifications(verdict, already, repo, prAuthor) {
  const users = /* @__PURE__ */ new Set();
  const teams = /* @__PURE__ */ new Set();
  const notified = new Set(already);
  for (const m of verdict.models) {
    for (const s of m.safeguards.filter((x) => x.status === "pending")) {
      for (const owner of s.owners) {
        const k = key(owner, s.id, m.id);
        if (notified.has(k) || notified.has(key(owner, s.id, ANY_MODEL))) continue;
        notified.add(k);
        const r = reviewer(owner, repo);
        if (r.user !== void 0 && r.user.toLowerCase() !== prAuthor.toLowerCase()) users.add(r.user);
        if (r.team !== void 0) teams.add(r.team);
      }
    }
  }
  return { request: { users: [...users].sort(), teams: [...teams].sort() }, notified: [...notified] };
}

// src/run/pull-request.ts
var COMMENT_MAX_LENGTH = 65e3;
async function gatePullRequest(port, options) {
  const repo = { owner: options.owner, repo: options.repo };
  const outcome = newOutcome();
  const pr = await readSnapshot(port, repo, options, outcome);
  if (pr === void 0) return outcome;
  outcome.headSha = pr.headSha;
  if (pr.state !== "OPEN") return { ...outcome, reason: `pull request #${pr.number} is ${pr.state.toLowerCase()}` };
  const access = memoizeAccess(port.access(repo));
  const safely = warnOnFailure(port, outcome);
  const trigger = await receiveTrigger(port, repo, pr, options.trigger, access, safely);
  if (trigger.done) {
    if (trigger.answer) outcome.answer = trigger.answer;
    return { ...outcome, reason: trigger.done };
  }
  const started = await startCheck(port, repo, pr.headSha, options, outcome);
  const { verdict, collected, notifyOwners } = await evaluate(port, repo, pr, options, access, trigger.comment?.id);
  outcome.status = "evaluated";
  outcome.verdict = verdict;
  const record = notifyOwners === true ? await notifyOwnersOnce(port, repo, pr, verdict, outcome) : notifiedRecord([...readNotified(pr.comments, REPORT_MARKER)]);
  await publish(port, repo, pr, options, verdict, outcome, { started, record });
  if (trigger.comment) {
    const comment = trigger.comment;
    if (collected?.trigger) outcome.answer = await answer(port, repo, pr.number, collected.trigger, verdict, safely, comment);
    else await reactTo(port, repo, comment, "confused", safely);
  }
  return outcome;
}
async function startCheck(port, repo, headSha, options, outcome) {
  if (options.onCheckStarted === void 0 || options.report === "status") return void 0;
  try {
    const id = await port.startCheck(repo, {
      name: options.checkName,
      headSha,
      ...options.detailsUrl === void 0 ? {} : { detailsUrl: options.detailsUrl }
    });
    options.onCheckStarted(id);
    return id;
  } catch (error2) {
    outcome.warnings.push(`could not start the check before evaluating: ${port.describeError(error2)}`);
    return void 0;
  }
}
async function readSnapshot(port, repo, options, outcome) {
  try {
    return await port.readPullRequest(repo, options.number, options.checkName);
  } catch (error2) {
    await failOnHead(port, options, `could not read pull request #${options.number}: ${port.describeError(error2)}`, outcome);
    return void 0;
  }
}
async function failOnHead(port, options, reason, outcome = newOutcome()) {
  const repo = { owner: options.owner, repo: options.repo };
  Object.assign(outcome, { status: "failed", reason });
  const head = options.headShaHint ?? await port.currentHead(repo, options.number).then(
    (h) => h.sha,
    () => void 0
  );
  if (head !== void 0) await reportUnreadable(port, repo, options, head, reason, outcome);
  else outcome.errors.push(`could not write a failure check: the head of pull request #${options.number} could not be read either`);
  return outcome;
}
function newOutcome() {
  return { status: "skipped", errors: [], warnings: [] };
}
function warnOnFailure(port, outcome) {
  return async (what, write) => {
    try {
      await write();
    } catch (error2) {
      outcome.warnings.push(`${what}: ${port.describeError(error2)}`);
    }
  };
}
async function receiveTrigger(port, repo, pr, trigger, access, safely) {
  if (trigger.kind !== "comment") return {};
  const decision = commentDecision(pr, trigger);
  if (decision.skip !== void 0) return { done: decision.skip };
  const comment = decision.comment;
  if (!comment || trigger.action === "deleted") return {};
  await reactTo(port, repo, comment, "eyes", safely);
  const pre = await preflight(comment, pr.author, access);
  if (pre.evaluate || !pre.trigger) return { comment };
  return {
    done: "the comment asks for no evaluation",
    answer: await answer(port, repo, pr.number, pre.trigger, void 0, safely, comment)
  };
}
async function publish(port, repo, pr, options, verdict, outcome, extras = {}) {
  const { started, record = "" } = extras;
  const title = options.checkName;
  const render = (v) => renderMarkdown(v, {
    maxLength: COMMENT_MAX_LENGTH - record.length - encodeRecord(v).length,
    title,
    ...options.detailsUrl ? { detailsUrl: options.detailsUrl } : {}
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
    outcome
  );
  await flagForeignChecks(
    port,
    repo,
    { headSha: pr.headSha, checkRunId: void 0, commentUrl },
    options,
    verdict,
    render,
    detailsUrl,
    outcome,
    pr.headChecks
  );
  const final = outcome.verdict ?? verdict;
  const comment = await writeComment(port, repo, pr, options, final, `${outcome.markdown}${record}${encodeRecord(final)}`, outcome);
  outcome.comment = comment;
  const checkRunId = outcome.check?.checkRunId;
  if (options.detailsUrl === void 0 && existing === void 0 && comment.action === "created" && checkRunId !== void 0) {
    await warnOnFailure(port, outcome)("could not link the check to the report", () => port.linkCheck(repo, checkRunId, comment.url));
  }
}
async function writeCheck(port, repo, target, options, verdict, markdown, detailsUrl, outcome) {
  const output = toCheckOutput(verdict, markdown, {
    title: options.checkName,
    detailsUrl,
    ...target.commentUrl === void 0 ? {} : { commentUrl: target.commentUrl }
  });
  try {
    const check = await port.publishCheck(repo, {
      name: options.checkName,
      headSha: target.headSha,
      ...target.checkRunId === void 0 ? {} : { checkRunId: target.checkRunId },
      conclusion: verdict.conclusion,
      title: output.title,
      summary: target.preface === void 0 ? output.summary : truncate(`${target.preface}

${output.summary}`, CHECK_SUMMARY_MAX),
      text: output.text,
      annotations: output.annotations,
      detailsUrl,
      mode: options.report
    });
    if (check.fellBackToStatus && !outcome.warnings.includes(check.fellBackToStatus)) outcome.warnings.push(check.fellBackToStatus);
    return check;
  } catch (error2) {
    outcome.errors.push(`could not write the ${CHECK_KIND[options.report]}: ${port.describeError(error2)}`);
    return void 0;
  }
}
async function flagForeignChecks(port, repo, target, options, verdict, render, detailsUrl, outcome, headChecks) {
  const own = outcome.check;
  const foreign = own === void 0 ? [] : await foreignChecksOn(port, repo, target.headSha, headChecks, options.checkName, own, outcome);
  if (foreign.length === 0) return;
  const flagged = withFindings(verdict, foreign);
  outcome.verdict = flagged;
  outcome.markdown = render(flagged);
  const again = { ...target, checkRunId: void 0 };
  outcome.check = await writeCheck(port, repo, again, options, flagged, outcome.markdown, detailsUrl, outcome) ?? outcome.check;
}
async function writeComment(port, repo, pr, options, verdict, markdown, outcome) {
  const hasComment = ownComments(pr.comments, REPORT_MARKER).length > 0;
  const wantComment = options.comment === "always" || options.comment === "auto" && (verdict.conclusion !== "neutral" || hasComment);
  if (!wantComment) return { action: "not-posted", reason: `comment: ${options.comment}` };
  const stillCurrent = async (reported) => {
    const head = await port.currentHead(repo, pr.number);
    return head.state === "open" && head.sha === pr.headSha && !(reported !== void 0 && reported !== pr.headSha && reported === head.sha);
  };
  try {
    return await port.publishSticky(repo, {
      number: pr.number,
      body: markdown,
      marker: REPORT_MARKER,
      headSha: pr.headSha,
      comments: pr.comments,
      stillCurrent
    });
  } catch (error2) {
    outcome.errors.push(`could not write the PR comment: ${port.describeError(error2)}`);
    return { action: "not-posted", reason: "the comment could not be written" };
  }
}
var CHECK_KIND = {
  check: "check run (nor its commit-status fallback)",
  status: "commit status",
  both: "check run and commit status"
};
async function reportUnreadable(port, repo, options, headSha, reason, outcome) {
  const verdict = unreadableVerdict(`rsp-gate ${reason}`, options.policyPath ?? DEFAULT_POLICY_PATH);
  const markdown = renderMarkdown(verdict, { title: options.checkName });
  const output = toCheckOutput(verdict, markdown, { title: options.checkName });
  try {
    outcome.check = await port.publishCheck(repo, {
      name: options.checkName,
      headSha,
      conclusion: "failure",
      title: output.title,
      summary: output.summary,
      annotations: [],
      ...options.detailsUrl === void 0 ? {} : { detailsUrl: options.detailsUrl },
      mode: options.report
    });
  } catch (error2) {
    outcome.errors.push(`could not write the failure check: ${port.describeError(error2)}`);
  }
}
function commentDecision(pr, trigger) {
  const comment = pr.comments.find((c) => c.databaseId === trigger.commentId && c.review === true === (trigger.source === "review"));
  const previous = trigger.previousBody === void 0 ? [] : parseCommands(trigger.previousBody).commands;
  const hadState = previous.some(carriesState);
  const wasReport = trigger.previousBody?.trimStart().startsWith(REPORT_MARKER) === true;
  if (!comment || trigger.action === "deleted")
    return hadState || wasReport ? {} : { skip: "the comment carried no command that affects the gate" };
  if (comment.viewerDidAuthor) return tamperedWith(comment) ? {} : { skip: "the comment is the gate's own" };
  const parsed = parseCommands(comment.body);
  if (parsed.commands.length === 0 && parsed.errors.length === 0) {
    return hadState ? {} : { skip: "the comment holds no /rsp command" };
  }
  return { comment };
}
async function evaluate(port, repo, pr, options, access, triggerId, target = { base: pr.baseSha, head: pr.headSha }) {
  const policyPath = options.policyPath ?? DEFAULT_POLICY_PATH;
  const reader = target.reader ?? port.reader(repo);
  let collected;
  let known;
  let notifyOwners;
  const headSince = target.headSince ?? headBecameHead(port, repo, pr);
  try {
    const changedFiles = await port.changedFiles(repo, reader, target.base, target.head);
    const commands = async (policy, { models }) => {
      notifyOwners = policy.approvals.notify_owners !== false;
      known = models;
      collected = await readCommands(pr, policy, models, await headSince, access, triggerId);
      return target.bind ? target.bind(collected.inputs) : collected.inputs;
    };
    const policyBase = target.base === pr.baseSha ? pr.baseTipSha : void 0;
    const change = { base: target.base, head: target.head, changedFiles, ...policyBase === void 0 ? {} : { policyBase } };
    const referenceTime = options.evaluateAsOf ?? (options.clock ?? systemClock)().toISOString();
    const subject = { repository: `${repo.owner}/${repo.repo}`, pullRequest: pr.number };
    const tool = await currentTool();
    const verdict = await evaluateChange(reader, change, { policyPath, commands, referenceTime, subject, tool });
    return {
      verdict,
      ...collected === void 0 ? {} : { collected },
      ...notifyOwners === void 0 ? {} : { notifyOwners },
      ...known === void 0 ? {} : { models: known }
    };
  } catch (error2) {
    return { verdict: unreadableVerdict(`rsp-gate could not evaluate this pull request: ${port.describeError(error2)}`, policyPath) };
  } finally {
    if (target.reader === void 0) await reader.close?.();
  }
}
var systemClock = () => /* @__PURE__ */ new Date();
async function notifyOwnersOnce(port, repo, pr, verdict, outcome) {
  const already = readNotified(pr.comments, REPORT_MARKER);
  const plan = planNotifications(verdict, already, repo, pr.author);
  const { users, teams } = plan.request;
  if (users.length + teams.length === 0 || port.requestReviewers === void 0) return notifiedRecord(plan.notified);
  try {
    await port.requestReviewers(repo, pr.number, users, teams);
    outcome.notified = plan.request;
    return notifiedRecord(plan.notified);
  } catch (error2) {
    outcome.warnings.push(`could not ask the safeguard owners for a review: ${port.describeError(error2)}`);
    return notifiedRecord([...already]);
  }
}
function readCommands(pr, policy, models, headPushedBy, access, triggerId) {
  return collectCommands({
    models,
    // The gate's own comments (report, replies) are never read as commands.
    comments: pr.comments.filter((c) => !c.viewerDidAuthor),
    policy,
    prAuthor: pr.author,
    headPushedBy,
    access,
    ...triggerId === void 0 ? {} : { triggerId }
  });
}
function headBecameHead(port, repo, pr) {
  const earliest = pr.headChecks?.earliestSuite;
  const suites = earliest === void 0 || earliest === null ? port.headPushedBy(repo, pr.headSha) : Promise.resolve(earliest);
  const since = suites.then((suite) => {
    if (!pr.headForcePush.complete) return null;
    return latestTime(suite, pr.headForcePush.at);
  });
  since.catch(() => void 0);
  return since;
}
function latestTime(suite, forcePush) {
  if (suite === null) return forcePush === null ? null : forcePush;
  if (forcePush === null) return suite;
  return Date.parse(forcePush) > Date.parse(suite) ? forcePush : suite;
}
async function answer(port, repo, number, trigger, verdict, safely, comment) {
  const result = answerTrigger(trigger, verdict);
  let replied = false;
  if (result.reply !== void 0) {
    const reply = result.reply;
    await safely("could not reply to the comment", async () => {
      await port.postComment(repo, number, reply);
      replied = true;
    });
  }
  await reactTo(port, repo, comment, result.reaction, safely);
  return { ...result, replied };
}
function reactTo(port, repo, comment, content, safely) {
  if (comment.review === true) return Promise.resolve();
  return safely("could not react to the comment", () => port.react(repo, comment.databaseId, content));
}
function unreadableVerdict(message, policyFile) {
  return {
    schemaVersion: 2,
    subject: { baseSha: "", headSha: "" },
    tool: { name: "rsp-gate", version: "unknown" },
    conclusion: "failure",
    requiredLevel: "unknown",
    headline: message,
    referenceDate: "",
    policy: { file: policyFile, extends: null, changed: false, approvedBy: [], fingerprint: null },
    models: [],
    findings: [finding("API_ERROR", "error", message)],
    counts: { error: 1, warning: 0, notice: 0 },
    ledger: []
  };
}

// src/report/line-comment.ts
function lineCommentReply() {
  return [
    `rsp-gate does not read commands in comments on lines of code, so this one does not count.`,
    `Write ${codeSpan("/rsp \u2026")} on a line of a comment on the pull request, or of the body of a review (the summary you write when you submit it).`
  ].join(" ");
}

// src/run/line-comment.ts
async function answerLineComment(port, repo, number, commentId) {
  const outcome = { status: "skipped", reason: "a comment on a line of code is not a command", errors: [], warnings: [] };
  try {
    await port.replyToLineComment(repo, number, commentId, lineCommentReply());
  } catch (error2) {
    outcome.warnings.push(`could not answer the line comment: ${port.describeError(error2)}`);
  }
  return outcome;
}

// src/run/group-binding.ts
function bindToPullRequest(inputs, pr) {
  const fingerprintOf = modelFingerprints(pr);
  return {
    attestations: inputs.attestations.flatMap((a) => bindAttestation(a, pr.verdict, fingerprintOf)),
    approvals: inputs.approvals.map((a) => bindPolicyApproval(a, pr.policyFingerprint)),
    assessmentApprovals: inputs.assessmentApprovals.map((a) => bindAssessment(a, fingerprintOf)),
    // What was refused on the PR stays refused, and recorded as such.
    ledger: inputs.ledger
  };
}
function modelFingerprints(pr) {
  return (name) => {
    const lower = name.toLowerCase();
    const known = pr.models.find((m) => m.id.toLowerCase() === lower || m.aliases.some((a) => a.toLowerCase() === lower));
    const id = (known?.id ?? name).toLowerCase();
    const model = pr.verdict.models.find((m) => m.id.toLowerCase() === id);
    return model === void 0 ? void 0 : { id: model.id, fingerprint: model.fingerprint };
  };
}
function boundByTime(c) {
  return c.fingerprint === void 0 && c.headChangedSince !== true;
}
function uncarried(c) {
  return { ...c, headChangedSince: true };
}
function bindAttestation(a, verdict, fingerprintOf) {
  if (a.kind === "revoke" || !boundByTime(a)) return [a];
  const { headChangedSince: _, ...rest } = a;
  if (a.model === void 0) {
    const each = verdict.models.map((m) => ({ ...rest, model: m.id, fingerprint: m.fingerprint }));
    return each.length > 0 ? each : [uncarried(a)];
  }
  const model = fingerprintOf(a.model);
  return [model === void 0 ? uncarried(a) : { ...rest, fingerprint: model.fingerprint }];
}
function bindAssessment(a, fingerprintOf) {
  if (!boundByTime(a)) return a;
  const model = fingerprintOf(a.model);
  const { headChangedSince: _, ...rest } = a;
  return model === void 0 ? uncarried(a) : { ...rest, fingerprint: model.fingerprint };
}
function bindPolicyApproval(a, policyFingerprint) {
  if (!boundByTime(a)) return a;
  const { headChangedSince: _, ...rest } = a;
  return policyFingerprint === "" ? uncarried(a) : { ...rest, fingerprint: policyFingerprint };
}

// src/run/merge-group.ts
var NO_COMMENT = { action: "not-posted", reason: "a merge group has no pull request of its own to comment on" };
async function gateMergeGroup(port, options) {
  const repo = { owner: options.owner, repo: options.repo };
  const { group } = options;
  const outcome = { status: "skipped", errors: [], warnings: [], headSha: group.headSha, comment: NO_COMMENT };
  const pr = await readQueued(port, repo, group, options.checkName);
  if (typeof pr === "string") {
    Object.assign(outcome, { status: "failed", reason: pr });
    await reportUnreadable(port, repo, options, group.headSha, pr, outcome);
    return outcome;
  }
  const started = await startCheck(port, repo, group.headSha, options, outcome);
  const verdict = await evaluateGroup(port, repo, pr, options);
  outcome.status = "evaluated";
  outcome.verdict = verdict;
  const title = options.checkName;
  const render = (v) => renderMarkdown(v, { title, footer: false, ...options.detailsUrl ? { detailsUrl: options.detailsUrl } : {} });
  outcome.markdown = render(verdict);
  const target = { headSha: group.headSha, checkRunId: started, commentUrl: void 0, preface: groupPreface(group, pr) };
  const detailsUrl = options.detailsUrl ?? pr.url;
  outcome.check = await writeCheck(port, repo, target, options, verdict, outcome.markdown, detailsUrl, outcome);
  await flagForeignChecks(port, repo, target, options, verdict, render, detailsUrl, outcome);
  return outcome;
}
async function readQueued(port, repo, group, checkName) {
  const number = group.pullRequest;
  if (number === void 0)
    return `cannot tell which pull request the merge group ${group.headRef} holds: the ref does not name one as gh-readonly-queue/<base>/pr-<number>-<sha> does`;
  try {
    const pr = await port.readPullRequest(repo, number, checkName);
    if (pr.state !== "OPEN") return `pull request #${number} of the merge group is ${pr.state.toLowerCase()}, not open`;
    return pr;
  } catch (error2) {
    return `could not read pull request #${number} of the merge group: ${port.describeError(error2)}`;
  }
}
async function evaluateGroup(port, repo, pr, options) {
  const access = memoizeAccess(port.access(repo));
  const shared = { reader: port.reader(repo), headSince: headBecameHead(port, repo, pr) };
  try {
    const own = await evaluate(port, repo, pr, options, access, void 0, { base: pr.baseSha, head: pr.headSha, ...shared });
    const models = own.models ?? [];
    const policyPath = options.policyPath ?? DEFAULT_POLICY_PATH;
    const policyFingerprint = await headPolicyFingerprint(shared.reader, pr, policyPath).catch(() => "");
    const bind = (inputs) => bindToPullRequest(inputs, { verdict: own.verdict, models, policyFingerprint });
    const target = { base: options.group.baseSha, head: options.group.headSha, bind, ...shared };
    const judged = await evaluate(port, repo, pr, options, access, void 0, target);
    return { ...judged.verdict, headline: `Merge group of #${pr.number}: ${judged.verdict.headline}` };
  } finally {
    await shared.reader.close?.();
  }
}
async function headPolicyFingerprint(reader, pr, policyPath) {
  const source = (await reader.readFiles(pr.headSha, [policyPath])).get(policyPath);
  return policyTextFingerprint(source === void 0 ? void 0 : await readText(source));
}
function groupPreface(group, pr) {
  const base = codeSpan(group.baseSha.slice(0, 12));
  return [
    `**Merge group of [#${pr.number}](${pr.url})** (${codeSpan(group.headRef.replace(/^refs\/heads\//, ""))}): the group's change over ${base}, judged by the policy at ${base}.`,
    `The attestations and approvals on #${pr.number} count where the group holds the evidence they were made for (the same fingerprint); the PR's own comment stays about the PR. To evaluate again, remove the PR from the queue, add what is missing, and queue it again.`
  ].join("\n\n");
}

// src/run/targets.ts
async function pullRequestTargets(port, repo, select) {
  switch (select.kind) {
    case "number":
      return [
        {
          number: select.number,
          fromFork: select.fromFork ?? false,
          ...select.headSha === void 0 ? {} : { headShaHint: select.headSha }
        }
      ];
    case "numbers":
      return select.numbers.map((number) => ({ number, headShaHint: select.headSha, fromFork: false }));
    case "open-with-head": {
      const open = await port.openPullRequests(repo);
      return open.filter((p) => p.headSha === select.headSha).map((p) => ({ number: p.number, headShaHint: p.headSha, fromFork: false }));
    }
    case "open-on-base":
    case "open": {
      const open = await port.openPullRequests(repo, select.kind === "open" ? void 0 : select.baseRef);
      return open.map((p) => ({ number: p.number, headShaHint: p.headSha, fromFork: false }));
    }
  }
}

// src/run/settings.ts
var DEFAULT_CHECK_NAME = "rsp-gate";
var DEFAULT_SETTINGS = {
  checkName: DEFAULT_CHECK_NAME,
  comment: "auto",
  report: "check",
  policyPath: DEFAULT_POLICY_PATH
};
var COMMENT_MODES = ["auto", "always", "never"];
var REPORT_MODES = ["check", "status", "both"];
var SettingsError = class extends Error {
  name = "SettingsError";
};
function readSettings(read, label) {
  const text = (name) => {
    const value = read(name)?.trim();
    return value === void 0 || value === "" ? void 0 : value;
  };
  const oneOf = (name, allowed, fallback) => {
    const value = text(name)?.toLowerCase();
    if (value === void 0) return fallback;
    if (allowed.includes(value)) return value;
    throw new SettingsError(`${label(name)} must be one of ${allowed.join(", ")}, not "${value}"`);
  };
  const settings2 = {
    checkName: text("check-name") ?? DEFAULT_SETTINGS.checkName,
    comment: oneOf("comment", COMMENT_MODES, DEFAULT_SETTINGS.comment),
    report: oneOf("report", REPORT_MODES, DEFAULT_SETTINGS.report),
    policyPath: text("policy-path") ?? DEFAULT_SETTINGS.policyPath
  };
  const asOf = text("evaluate-as-of");
  if (asOf === void 0) return settings2;
  const evaluateAsOf = parseInstant(asOf);
  if (evaluateAsOf === void 0)
    throw new SettingsError(`${label("evaluate-as-of")} must be an ISO 8601 date or date-time, not "${asOf}"`);
  return { ...settings2, evaluateAsOf };
}

// src/action/inputs.ts
var InputError = class extends Error {
  name = "InputError";
};
function readInputs() {
  const token = getInput("github-token");
  if (token === "") throw new InputError("input github-token is empty; pass ${{ github.token }} or a GitHub App token");
  setSecret(token);
  const inputs = { token, ...settings() };
  const pullRequest = getInput("pull-request");
  if (pullRequest !== "") {
    if (!/^[1-9]\d{0,9}$/.test(pullRequest)) throw new InputError(`input pull-request must be a PR number, not "${pullRequest}"`);
    inputs.pullRequest = Number(pullRequest);
  }
  return inputs;
}
function settings() {
  try {
    return readSettings(
      (name) => getInput(name),
      (name) => `input ${name}`
    );
  } catch (error2) {
    throw error2 instanceof SettingsError ? new InputError(error2.message) : error2;
  }
}

// src/action/status-page.ts
var PAGE_FILE = "rsp-gate-status.html";
function statusPageCommit(eventName, payload, env) {
  const input = getInput("status-page").trim().toLowerCase();
  if (input !== "" && input !== "true" && input !== "false")
    throw new InputError(`input status-page must be true or false, not "${input}"`);
  if (input !== "true") return void 0;
  const branch = payload.repository?.default_branch;
  const onDefault = eventName === "schedule" || eventName === "push" && branch !== void 0 && payload.ref === `refs/heads/${branch}`;
  return onDefault && env.GITHUB_SHA ? env.GITHUB_SHA : void 0;
}
async function publishStatusPage(port, repo, sha, policyPath, env) {
  const reader = port.reader(repo);
  const verdict = await evaluateChange(reader, { base: sha, head: sha }, { all: true, policyPath }).finally(() => reader.close?.());
  const file = node_path_default.join(env.RUNNER_TEMP || env.GITHUB_WORKSPACE || process.cwd(), PAGE_FILE);
  await writeFile(file, renderStatusPage(verdict, { generator: "rsp-gate (GitHub Action)" }));
  setOutput("status-page-path", file);
  if (env.GITHUB_STEP_SUMMARY) await summary.addRaw(digest(verdict, sha, file)).write();
  info(`rsp-gate: status page of ${sha} written to ${file}`);
}
function digest(v, sha, file) {
  const expiring = expiringEvidence(v).length;
  const parts = [
    `### rsp-gate status: ${CONCLUSION_LABEL[v.conclusion].icon} ${CONCLUSION_LABEL[v.conclusion].word}`,
    `**${escapeMarkdown(v.headline)}**`,
    overview(v, false),
    `${expiring} result${expiring === 1 ? "" : "s"} stop counting as fresh within 30 days (or already have). Commit ${codeSpan(sha.slice(0, 12))}, reference date ${escapeMarkdown(v.referenceDate)}.`,
    `The full status page: ${codeSpan(file)} (keep it with actions/upload-artifact; output \`status-page-path\`).`
  ];
  return `${parts.join("\n\n")}
`;
}

// src/action/main.ts
var REPORT_FILE = "rsp-gate-report.json";
async function run(env = process.env) {
  try {
    await runGate(env);
  } catch (error2) {
    setOutput("conclusion", "failure");
    setFailed(singleLine(error2 instanceof InputError ? error2.message : `rsp-gate failed: ${describeGitHubError(error2)}`));
  }
}
async function runGate(env) {
  const { token, pullRequest, ...settings2 } = readInputs();
  const payload = await readPayload(env.GITHUB_EVENT_PATH);
  const request = translateEvent(env.GITHUB_EVENT_NAME ?? "", payload, {
    ...settings2,
    ...pullRequest === void 0 ? {} : { pullRequestInput: pullRequest }
  });
  if (request.kind === "invalid") throw new InputError(request.reason);
  const statusPageSha = statusPageCommit(env.GITHUB_EVENT_NAME ?? "", payload, env);
  if (request.kind === "ignore" && statusPageSha === void 0) return skip(request.reason);
  const repo = repository(env);
  const client = createActionClient(token, env);
  const port = createGitHubPort(client, { lfs: { origin: env.GITHUB_SERVER_URL || "https://github.com", token: async () => token } });
  if (statusPageSha !== void 0) await publishStatusPage(port, repo, statusPageSha, settings2.policyPath, env);
  if (request.kind === "ignore") return skip(request.reason);
  const detailsUrl = runUrl(env);
  if (request.kind === "merge-group") {
    const outcome = await gateMergeGroup(port, {
      ...repo,
      ...settings2,
      group: request.group,
      ...detailsUrl === void 0 ? {} : { detailsUrl },
      onCheckStarted: (id) => saveState(CHECK_RUN_STATE, String(id))
    });
    await publishToRunner(outcome, env, settings2.checkName);
    return conclude(outcome, false, false);
  }
  if (request.kind === "line-comment")
    return conclude(await answerLineComment(port, repo, request.number, request.commentId), false, false);
  const targets = await pullRequestTargets(port, repo, request.select);
  if (targets.length === 0) return skip("no open pull request is affected");
  const sweep2 = request.select.kind === "open" || request.select.kind === "open-on-base";
  for (const target of targets) {
    if (sweep2) info(`rsp-gate: pull request #${target.number}`);
    const outcome = await gatePullRequest(port, {
      ...repo,
      ...settings2,
      number: target.number,
      trigger: request.trigger,
      ...target.headShaHint === void 0 ? {} : { headShaHint: target.headShaHint },
      ...detailsUrl === void 0 ? {} : { detailsUrl },
      // Kept for the post step, which completes the check as failure if this step never gets to.
      onCheckStarted: (id) => saveState(CHECK_RUN_STATE, String(id))
    });
    await publishToRunner(outcome, env, settings2.checkName);
    conclude(outcome, target.fromFork, sweep2);
  }
}
function skip(reason) {
  notice(singleLine(`rsp-gate: nothing to do: ${reason}`));
  setOutput("conclusion", "skipped");
}
function repository(env) {
  const [owner, repo] = (env.GITHUB_REPOSITORY ?? "").split("/");
  if (!owner || !repo) throw new InputError("GITHUB_REPOSITORY is not set (owner/name)");
  return { owner, repo };
}
async function readPayload(eventPath) {
  if (!eventPath) throw new InputError("GITHUB_EVENT_PATH is not set: rsp-gate runs as a step of a workflow");
  try {
    const payload = JSON.parse(await readFile(eventPath, "utf8"));
    if (payload && typeof payload === "object") return payload;
  } catch {
  }
  throw new InputError(`the event payload at GITHUB_EVENT_PATH could not be read as JSON`);
}
function runUrl(env) {
  const server = env.GITHUB_SERVER_URL;
  const { GITHUB_REPOSITORY: repository2, GITHUB_RUN_ID: runId } = env;
  return server && repository2 && runId ? `${server}/${repository2}/actions/runs/${runId}` : void 0;
}
async function publishToRunner(outcome, env, title) {
  setOutput("conclusion", outcome.verdict?.conclusion ?? (outcome.status === "failed" ? "failure" : "skipped"));
  const verdict = outcome.verdict;
  if (!verdict) return;
  setOutput("required-level", verdict.requiredLevel);
  const reportPath = node_path_default.join(env.RUNNER_TEMP || env.GITHUB_WORKSPACE || process.cwd(), REPORT_FILE);
  await writeFile(reportPath, toJsonReport(verdict));
  setOutput("report-path", reportPath);
  if (env.GITHUB_STEP_SUMMARY) await summary.addRaw(renderMarkdown(verdict, { title, footer: false })).write();
  annotate(verdict);
  info(`rsp-gate: ${verdict.conclusion}: ${singleLine(verdict.headline)}`);
  if (outcome.comment)
    info(singleLine(`comment: ${outcome.comment.action}${"reason" in outcome.comment ? ` (${outcome.comment.reason})` : ""}`));
  if (outcome.check?.checkRunId !== void 0) info(`check run ${outcome.check.checkRunId} on ${outcome.headSha}`);
}
function annotate(verdict) {
  for (const a of workflowAnnotations(verdict)) {
    const properties = { file: singleLine(a.path), startLine: a.start_line, title: singleLine(a.title ?? "") };
    const message = singleLine(a.message);
    if (a.annotation_level === "failure") error(message, properties);
    else if (a.annotation_level === "warning") warning(message, properties);
    else notice(message, properties);
  }
}
function conclude(outcome, fromFork2, sweep2) {
  for (const warning2 of outcome.warnings) warning(singleLine(warning2));
  if (outcome.status === "skipped") return void notice(singleLine(`rsp-gate: nothing to do: ${outcome.reason ?? "no reason given"}`));
  if (outcome.status === "failed") return void setFailed(singleLine(`rsp-gate: ${outcome.reason ?? "failed"}`));
  if (outcome.errors.length > 0) {
    const forkHint = fromFork2 ? " (a pull_request run from a fork gets a read-only token: run rsp-gate on pull_request_target instead)" : "";
    return void setFailed(singleLine(`rsp-gate could not publish its result: ${outcome.errors.join("; ")}${forkHint}`));
  }
  const conclusion = outcome.verdict?.conclusion;
  if (sweep2) return;
  if (conclusion === "failure" || conclusion === "action_required") {
    setFailed(singleLine(`rsp-gate: ${conclusion}: ${outcome.verdict?.headline ?? ""}`));
  }
}

// src/action/index.ts
await run();
