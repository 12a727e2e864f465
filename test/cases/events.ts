// One table of GitHub events and what the gate makes of them: the translator's unit tests run every row, and the
// Action's and the App's end-to-end suites replay the rows they can receive.
import type { EventPayload, GateRequest } from '../../src/run/event.ts';

export interface EventCase {
  name: string;
  event: string;
  payload: EventPayload;
  /** workflow_dispatch: the Action's pull-request input. */
  pullRequestInput?: number;
  expected: GateRequest;
}

const repo = { fork: false, full_name: 'acme/models' };
const pr = (action: string, extra: Partial<EventPayload> = {}): EventPayload => ({
  action,
  pull_request: { number: 7, head: { sha: 'abc', repo }, base: { repo: { full_name: 'acme/models' } } },
  ...extra,
});
const comment = (action: string, sender = { login: 'alice', type: 'User' }, author = 'alice'): EventPayload => ({
  action,
  sender,
  issue: { number: 7, pull_request: { url: 'u' } },
  comment: { id: 99, body: 'new', user: { login: author } },
  ...(action === 'edited' ? { changes: { body: { from: '/rsp attest x' } } } : {}),
});
const push = (files: string[], ref = 'refs/heads/main'): EventPayload => ({
  ref,
  repository: { default_branch: 'main' },
  commits: [{ modified: files }],
});
const policy = '.github/rsp-policy.yml';
const review = (action: string, extra: Partial<EventPayload> = {}): EventPayload => ({
  action,
  sender: { login: 'dave', type: 'User' },
  pull_request: { number: 7, head: { sha: 'abc', repo }, base: { repo: { full_name: 'acme/models' } } },
  review: { id: 55, body: '/rsp attest asl3-egress', user: { login: 'dave' } },
  ...extra,
});
const lineComment = (action: string, body: string, type = 'User'): EventPayload => ({
  action,
  sender: { login: 'dave', type },
  pull_request: { number: 7, head: { sha: 'abc', repo }, base: { repo: { full_name: 'acme/models' } } },
  comment: { id: 66, body, user: { login: 'dave', type } },
});
const QUEUED_ON = 'c'.repeat(40);
const mergeGroup = (action: string, headRef = `refs/heads/gh-readonly-queue/main/pr-7-${QUEUED_ON}`): EventPayload => ({
  action,
  merge_group: { head_sha: 'g'.repeat(40), head_ref: headRef, base_sha: QUEUED_ON, base_ref: 'refs/heads/main' },
});

export const EVENT_CASES: EventCase[] = [
  {
    name: 'a pushed PR is evaluated on its head',
    event: 'pull_request_target',
    payload: pr('synchronize'),
    expected: {
      kind: 'evaluate',
      select: { kind: 'number', number: 7, fromFork: false, headSha: 'abc' },
      trigger: { kind: 'pull_request' },
    },
  },
  {
    name: 'a label changes nothing',
    event: 'pull_request',
    payload: pr('labeled'),
    expected: { kind: 'ignore', reason: 'pull_request.labeled does not change what the gate evaluates' },
  },
  {
    name: 'a retitle changes nothing',
    event: 'pull_request',
    payload: pr('edited', { changes: {} }),
    expected: { kind: 'ignore', reason: 'pull_request.edited does not change what the gate evaluates' },
  },
  {
    name: 'a new base branch means a new policy',
    event: 'pull_request',
    payload: pr('edited', { changes: { base: { ref: { from: 'dev' } } } }),
    expected: {
      kind: 'evaluate',
      select: { kind: 'number', number: 7, fromFork: false, headSha: 'abc' },
      trigger: { kind: 'pull_request' },
    },
  },
  {
    name: 'a PR from a fork is marked so',
    event: 'pull_request',
    payload: {
      action: 'opened',
      pull_request: {
        number: 7,
        head: { sha: 'abc', repo: { fork: true, full_name: 'eve/models' } },
        base: { repo: { full_name: 'acme/models' } },
      },
    },
    expected: {
      kind: 'evaluate',
      select: { kind: 'number', number: 7, fromFork: true, headSha: 'abc' },
      trigger: { kind: 'pull_request' },
    },
  },
  {
    name: 'an edited comment carries its previous body',
    event: 'issue_comment',
    payload: comment('edited'),
    expected: {
      kind: 'evaluate',
      select: { kind: 'number', number: 7 },
      trigger: { kind: 'comment', commentId: 99, action: 'edited', previousBody: '/rsp attest x' },
    },
  },
  {
    name: 'a deleted comment carries the body it had',
    event: 'issue_comment',
    payload: comment('deleted'),
    expected: {
      kind: 'evaluate',
      select: { kind: 'number', number: 7 },
      trigger: { kind: 'comment', commentId: 99, action: 'deleted', previousBody: 'new' },
    },
  },
  {
    name: 'a comment on an issue is not for the gate',
    event: 'issue_comment',
    payload: { ...comment('created'), issue: { number: 7 } },
    expected: { kind: 'ignore', reason: 'the comment is on an issue, not on a pull request' },
  },
  {
    name: "a bot's own new comment carries no commands",
    event: 'issue_comment',
    payload: comment('created', { login: 'rsp-gate[bot]', type: 'Bot' }, 'rsp-gate[bot]'),
    expected: { kind: 'ignore', reason: 'a bot wrote or edited its own comment, which carries no commands' },
  },
  {
    name: "a bot's edit of its own comment carries no commands",
    event: 'issue_comment',
    payload: comment('edited', { login: 'rsp-gate[bot]', type: 'Bot' }, 'rsp-gate[bot]'),
    expected: { kind: 'ignore', reason: 'a bot wrote or edited its own comment, which carries no commands' },
  },
  {
    name: "a bot deleting a person's comment may take an attestation away",
    event: 'issue_comment',
    payload: comment('deleted', { login: 'cleanup[bot]', type: 'Bot' }, 'sam-sec'),
    expected: {
      kind: 'evaluate',
      select: { kind: 'number', number: 7 },
      trigger: { kind: 'comment', commentId: 99, action: 'deleted', previousBody: 'new' },
    },
  },
  {
    name: 'a dispatch evaluates the PR of its input',
    event: 'workflow_dispatch',
    payload: {},
    pullRequestInput: 12,
    expected: { kind: 'evaluate', select: { kind: 'number', number: 12 }, trigger: { kind: 'rerun' } },
  },
  {
    name: 'a dispatch may carry the PR in its payload inputs',
    event: 'workflow_dispatch',
    payload: { inputs: { 'pull-request': '13' } },
    expected: { kind: 'evaluate', select: { kind: 'number', number: 13 }, trigger: { kind: 'rerun' } },
  },
  {
    name: 'a dispatch without a PR sweeps every open PR',
    event: 'workflow_dispatch',
    payload: {},
    expected: { kind: 'evaluate', select: { kind: 'open' }, trigger: { kind: 'rerun' } },
  },
  {
    name: 'a dispatch with an empty PR input sweeps every open PR',
    event: 'workflow_dispatch',
    payload: { inputs: { 'pull-request': '' } },
    expected: { kind: 'evaluate', select: { kind: 'open' }, trigger: { kind: 'rerun' } },
  },
  {
    name: 'a dispatch naming its PR wrongly is set up wrongly',
    event: 'workflow_dispatch',
    payload: { inputs: { 'pull-request': '#7' } },
    expected: { kind: 'invalid', reason: 'workflow_dispatch: the pull-request input must be a PR number, not "#7"' },
  },
  {
    name: 'a scheduled run sweeps every open PR, since verdicts age',
    event: 'schedule',
    payload: { schedule: '17 6 * * *' },
    expected: { kind: 'evaluate', select: { kind: 'open' }, trigger: { kind: 'rerun' } },
  },
  {
    name: 'a re-run of the gate check evaluates its PRs',
    event: 'check_run',
    payload: { action: 'rerequested', check_run: { name: 'rsp-gate', head_sha: 'abc', pull_requests: [{ number: 7 }] } },
    expected: { kind: 'evaluate', select: { kind: 'numbers', numbers: [7], headSha: 'abc' }, trigger: { kind: 'rerun' } },
  },
  {
    name: 'a re-run of a fork PR check finds the PR by its head',
    event: 'check_run',
    payload: { action: 'rerequested', check_run: { name: 'rsp-gate', head_sha: 'abc', pull_requests: [] } },
    expected: { kind: 'evaluate', select: { kind: 'open-with-head', headSha: 'abc' }, trigger: { kind: 'rerun' } },
  },
  {
    name: "a re-run of another check is not the gate's",
    event: 'check_run',
    payload: { action: 'rerequested', check_run: { name: 'lint', head_sha: 'abc', pull_requests: [{ number: 7 }] } },
    expected: { kind: 'ignore', reason: 'the check run is lint, not rsp-gate' },
  },
  {
    name: 'a re-run of the whole suite evaluates its PRs',
    event: 'check_suite',
    payload: { action: 'rerequested', check_suite: { head_sha: 'abc', pull_requests: [{ number: 7 }, { number: 8 }] } },
    expected: { kind: 'evaluate', select: { kind: 'numbers', numbers: [7, 8], headSha: 'abc' }, trigger: { kind: 'rerun' } },
  },
  {
    name: 'a policy push re-evaluates every open PR into the branch',
    event: 'push',
    payload: push(['README.md', policy]),
    expected: { kind: 'evaluate', select: { kind: 'open-on-base', baseRef: 'main' }, trigger: { kind: 'rerun' } },
  },
  {
    name: 'a push that leaves the policy alone changes nothing',
    event: 'push',
    payload: push(['README.md']),
    expected: { kind: 'ignore', reason: `the push does not change ${policy}` },
  },
  {
    name: 'a push to another branch changes nothing',
    event: 'push',
    payload: push([policy], 'refs/heads/dev'),
    expected: { kind: 'ignore', reason: 'the push is not to the default branch' },
  },
  {
    name: 'a submitted review is read like a new comment',
    event: 'pull_request_review',
    payload: review('submitted'),
    expected: {
      kind: 'evaluate',
      select: { kind: 'number', number: 7, fromFork: false },
      trigger: { kind: 'comment', source: 'review', commentId: 55, action: 'created' },
    },
  },
  {
    name: 'an edited review carries its previous body',
    event: 'pull_request_review',
    payload: review('edited', { changes: { body: { from: '/rsp attest asl3-classifiers' } } }),
    expected: {
      kind: 'evaluate',
      select: { kind: 'number', number: 7, fromFork: false },
      trigger: { kind: 'comment', source: 'review', commentId: 55, action: 'edited', previousBody: '/rsp attest asl3-classifiers' },
    },
  },
  {
    name: 'a dismissed review is read like a deleted comment: its commands stop counting',
    event: 'pull_request_review',
    payload: review('dismissed', { sender: { login: 'jordan', type: 'User' } }),
    expected: {
      kind: 'evaluate',
      select: { kind: 'number', number: 7, fromFork: false },
      trigger: { kind: 'comment', source: 'review', commentId: 55, action: 'deleted', previousBody: '/rsp attest asl3-egress' },
    },
  },
  {
    name: "a bot's own review carries no commands",
    event: 'pull_request_review',
    payload: review('submitted', {
      sender: { login: 'rsp-gate[bot]', type: 'Bot' },
      review: { id: 55, body: 'x', user: { login: 'rsp-gate[bot]' } },
    }),
    expected: { kind: 'ignore', reason: 'a bot wrote or edited its own review, which carries no commands' },
  },
  {
    name: '/rsp in a comment on a line of code is answered, not counted',
    event: 'pull_request_review_comment',
    payload: lineComment('created', 'looks fine\n/rsp attest asl3-egress'),
    expected: { kind: 'line-comment', number: 7, commentId: 66 },
  },
  {
    name: 'a line comment without /rsp is not for the gate',
    event: 'pull_request_review_comment',
    payload: lineComment('created', 'nit: rename this'),
    expected: { kind: 'ignore', reason: 'the line comment holds no /rsp command' },
  },
  {
    name: 'an edited line comment is not answered again',
    event: 'pull_request_review_comment',
    payload: lineComment('edited', '/rsp attest asl3-egress'),
    expected: { kind: 'ignore', reason: 'pull_request_review_comment.edited is not a new line comment' },
  },
  {
    name: 'a merge group asks for the check on its commit, for the PR its ref names',
    event: 'merge_group',
    payload: mergeGroup('checks_requested'),
    expected: {
      kind: 'merge-group',
      group: {
        headSha: 'g'.repeat(40),
        baseSha: QUEUED_ON,
        headRef: `refs/heads/gh-readonly-queue/main/pr-7-${QUEUED_ON}`,
        pullRequest: 7,
      },
    },
  },
  {
    name: 'a merge group into a branch with a slash in its name',
    event: 'merge_group',
    payload: mergeGroup('checks_requested', `refs/heads/gh-readonly-queue/release/2.0/pr-12-${QUEUED_ON}`),
    expected: {
      kind: 'merge-group',
      group: {
        headSha: 'g'.repeat(40),
        baseSha: QUEUED_ON,
        headRef: `refs/heads/gh-readonly-queue/release/2.0/pr-12-${QUEUED_ON}`,
        pullRequest: 12,
      },
    },
  },
  {
    name: 'a merge group whose ref names no PR still gets a check (a failure, from the flow)',
    event: 'merge_group',
    payload: mergeGroup('checks_requested', 'refs/heads/gh-readonly-queue/main/something-else'),
    expected: {
      kind: 'merge-group',
      group: { headSha: 'g'.repeat(40), baseSha: QUEUED_ON, headRef: 'refs/heads/gh-readonly-queue/main/something-else' },
    },
  },
  {
    name: 'a destroyed merge group needs no check',
    event: 'merge_group',
    payload: mergeGroup('destroyed'),
    expected: { kind: 'ignore', reason: 'merge_group.destroyed does not ask for a check' },
  },
  {
    name: 'an event the gate does not handle is named',
    event: 'release',
    payload: {},
    expected: {
      kind: 'ignore',
      reason:
        'rsp-gate runs on pull_request, pull_request_target, issue_comment, workflow_dispatch, check_run, check_suite, push, schedule, pull_request_review, pull_request_review_comment, merge_group, not on release',
    },
  },
];
