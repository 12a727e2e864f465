// Plays one scenario of test/cases/pull-requests.ts against the stand-in through any adapter, and checks after each
// step what the PR shows: the check on its head (never on its base), the sticky report, replies and reactions.
import { expect } from 'vitest';
import type { PrAct, PrExpect, PrScenario } from '../cases/pull-requests.ts';
import type { StandIn } from '../stand-in/server.ts';
import { issueCommentEvent, pullRequestEvent, pullRequestReviewEvent, type WebhookEvent } from '../stand-in/webhooks.ts';
import * as prView from './pr-view.ts';
import { pullRequestScenario, type PullRequestScenario } from './repo.ts';

/** An adapter as a user runs it; `run` returns the conclusion the adapter itself reported, where it reports one. */
export interface GateUnderTest {
  run(s: PullRequestScenario, event: WebhookEvent): Promise<string | undefined>;
}

export async function playScenario(gh: StandIn, scenario: PrScenario, gate: GateUnderTest): Promise<void> {
  const s = await pullRequestScenario(gh, scenario.change);
  const commentOfStep = new Map<number, number>();
  for (const [index, step] of scenario.steps.entries()) {
    const before = { replies: prView.replies(gh, s).length, report: prView.reportComments(gh, s)[0]?.body };
    const { event, commentId } = await enact(gh, s, step.act, commentOfStep);
    if (commentId !== undefined) commentOfStep.set(index, commentId);
    if (event === undefined) continue;
    const reported = await gate.run(s, event);
    if (step.expect !== undefined) expectShown(gh, s, step.expect, { ...before, reported, commentId, step: index + 1 });
  }
}

async function enact(
  gh: StandIn,
  s: PullRequestScenario,
  act: PrAct,
  commentOfStep: Map<number, number>,
): Promise<{ event?: WebhookEvent; commentId?: number }> {
  switch (act.kind) {
    case 'open':
      return { event: await pullRequestEvent(gh, { repo: s.fullName, number: s.number, action: 'opened' }) };
    case 'comment': {
      const attest =
        act.attestFromChecklist === undefined ? '' : checklistCommand(prView.reportComments(gh, s)[0]!.body, act.attestFromChecklist);
      const made = gh.state.addComment({
        repo: s.fullName,
        issueNumber: s.number,
        body: [act.body, attest].filter(Boolean).join('\n'),
        author: act.author,
      });
      if (act.quiet) return { commentId: made.id };
      if (act.editedBy === undefined)
        return { event: issueCommentEvent(gh, { commentId: made.id, action: 'created' }), commentId: made.id };
      gh.state.editComment(made.id, act.editedBy.body, act.editedBy.login);
      return { event: issueCommentEvent(gh, { commentId: made.id, action: 'edited', sender: act.editedBy.login }), commentId: made.id };
    }
    case 'delete-comment': {
      const id = commentOfStep.get(act.of)!;
      const created = issueCommentEvent(gh, { commentId: id, action: 'created' });
      gh.state.deleteComment(id);
      return { event: { name: created.name, payload: { ...created.payload, action: 'deleted' } } };
    }
    case 'review': {
      const made = gh.state.addReview({
        repo: s.fullName,
        pullNumber: s.number,
        body: act.body,
        author: act.author,
        ...(act.state ? { state: act.state } : {}),
      });
      return { event: await pullRequestReviewEvent(gh, { reviewId: made.id, action: 'submitted' }), commentId: made.id };
    }
    case 'dismiss-review': {
      const id = commentOfStep.get(act.of)!;
      gh.state.dismissReview(id);
      return { event: await pullRequestReviewEvent(gh, { reviewId: id, action: 'dismissed', sender: act.by }) };
    }
    case 'push': {
      const before = headOf(gh, s);
      await s.push(act.files, act.date);
      return { event: await pullRequestEvent(gh, { repo: s.fullName, number: s.number, action: 'synchronize', before }) };
    }
  }
}

interface Before {
  replies: number;
  report: string | undefined;
  reported: string | undefined;
  commentId: number | undefined;
  step: number;
}

function expectShown(gh: StandIn, s: PullRequestScenario, want: PrExpect, before: Before): void {
  const at = `step ${before.step}`;
  expect(gh.state.checkRunsFor(s.fullName, s.base), `${at}: a check on the base`).toHaveLength(0);
  if (before.reported !== undefined)
    expect(before.reported, `${at}: the adapter's own conclusion`).toBe(want.check === 'none' ? 'skipped' : want.check);
  if (want.check === 'none') expect(gh.state.checkRunsFor(s.fullName), `${at}: checks`).toHaveLength(0);
  else expectCheck(gh, s, want, at);
  if (want.noComment) expect(gh.state.commentsOn(s.fullName, s.number), `${at}: comments`).toHaveLength(0);
  expectReport(gh, s, want, before, at);
  const replies = prView.replies(gh, s);
  expect(replies, `${at}: replies`).toHaveLength(before.replies + (want.reply === undefined ? 0 : 1));
  if (want.reply !== undefined) {
    expect(prView.lastReply(gh, s), `${at}: the reply`).toMatch(want.reply);
    // No reply notifies anyone: every @ is followed by a zero-width space.
    expect(replies.at(-1)!.body, `${at}: a mention in the reply`).not.toMatch(/@[a-z]/i);
  }
  if (want.reactions !== undefined) {
    expect(
      gh.state.comment(before.commentId!)!.reactions.map((r) => r.content),
      `${at}: reactions`,
    ).toEqual(want.reactions);
  }
}

function expectCheck(gh: StandIn, s: PullRequestScenario, want: PrExpect, at: string): void {
  const head = headOf(gh, s);
  const check = gh.state.checkRunsFor(s.fullName, head).at(-1);
  expect(check, `${at}: no check on the head ${head}`).toBeDefined();
  expect([check!.name, check!.status, check!.conclusion], `${at}: the check`).toEqual(['rsp-gate', 'completed', want.check]);
  if (want.checkTitle !== undefined) expect(check!.output.title).toMatch(want.checkTitle);
  for (const text of want.checkSummary ?? []) expect(check!.output.summary).toContain(text);
  const annotations = check!.annotations.map((a) => `${a.annotation_level} ${a.path}:${a.start_line}`);
  for (const annotation of want.annotations ?? []) expect(annotations).toContain(annotation);
}

function expectReport(gh: StandIn, s: PullRequestScenario, want: PrExpect, before: Before, at: string): void {
  if (want.report === undefined && want.reportNot === undefined && !want.reportUnchanged) return;
  const reports = prView.reportComments(gh, s);
  expect(reports, `${at}: sticky reports`).toHaveLength(1);
  const body = reports[0]!.body;
  for (const part of want.report ?? []) expect(body, `${at}: the report`).toMatch(part instanceof RegExp ? part : literal(part));
  for (const part of want.reportNot ?? []) expect(body, `${at}: the report`).not.toMatch(part instanceof RegExp ? part : literal(part));
  // The hidden audit record gains each refused command; what people read stays as it was.
  if (want.reportUnchanged) expect(withoutRecord(body), `${at}: the report changed`).toBe(withoutRecord(before.report ?? ''));
}

function withoutRecord(body: string): string {
  return body.replace(/<!-- rsp-gate:record [^>]*-->/, '');
}

function literal(text: string): RegExp {
  return new RegExp(text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
}

function headOf(gh: StandIn, s: PullRequestScenario): string {
  return gh.state.pullRequest(s.fullName, s.number)!.head.sha;
}

/** The line the to-do shows for a safeguard, `fp:` included, copied as an owner would copy it. */
function checklistCommand(body: string, safeguard: string): string {
  const match = new RegExp(`^(/rsp attest ${safeguard} frontier-7 fp:[0-9a-f]+)$`, 'm').exec(body);
  expect(match, `the checklist shows no command for ${safeguard}`).not.toBeNull();
  return match![1]!;
}
