// The pull-request scenarios every adapter must play the same way: what happens on GitHub, step by step, and what the
// PR shows after the gate ran. test/e2e/play-scenario.ts plays them; the Action's and the App's suites both run them.
import type { FileChanges } from '../stand-in/git-repo.ts';
import { PR_AUTHOR, claimedAtAsl3, crossedResult, fixture } from '../e2e/repo.ts';

type Conclusion = 'success' | 'failure' | 'action_required' | 'neutral';

/** What happens on GitHub before the gate is run for it. */
export type PrAct =
  | { kind: 'open' }
  /** `attestFromChecklist`: the body is the to-do's `/rsp attest … fp:` line for this safeguard, as an owner copies it. */
  | {
      kind: 'comment';
      author: string;
      body: string;
      attestFromChecklist?: string;
      editedBy?: { login: string; body: string };
      quiet?: true;
    }
  | { kind: 'delete-comment'; of: number }
  /** A review submitted with this body (`state` default COMMENTED), and its dismissal by `by` (a review of step `of`). */
  | { kind: 'review'; author: string; body: string; state?: 'APPROVED' | 'COMMENTED' }
  | { kind: 'dismiss-review'; of: number; by: string }
  /** Commits to the PR branch and sends pull_request.synchronize. */
  | { kind: 'push'; files: FileChanges; date: string };

/** What the PR shows afterwards; the check is always on the PR's head, never on its base. */
export interface PrExpect {
  /** The latest check on the head; 'none' when no check may exist yet (a refused /rsp evaluate). */
  check: Conclusion | 'none';
  checkTitle?: RegExp;
  checkSummary?: string[];
  annotations?: string[];
  /** The sticky report (exactly one) contains each of these; `reportNot` none of them. */
  report?: Array<string | RegExp>;
  reportNot?: Array<string | RegExp>;
  /** No comment at all on the PR. */
  noComment?: true;
  /** The newest reply answers this step's comment with this reason; without it, the step adds no reply. */
  reply?: RegExp;
  /** The reactions on this step's comment, by content. */
  reactions?: string[];
  /** The report reads exactly as before this step. */
  reportUnchanged?: true;
}

interface PrStep {
  act: PrAct;
  expect?: PrExpect;
}

export interface PrScenario {
  name: string;
  /** The PR's change over the common base (one model at ASL-2, a result below the threshold). */
  change: FileChanges;
  steps: PrStep[];
}

const raisedThresholdPolicy = () => fixture('rsp-policy.yml').replace('threshold: 0.65', 'threshold: 0.95');
const refused = (reason: RegExp): PrExpect => ({
  check: 'action_required',
  reply: reason,
  reactions: ['eyes', '-1'],
  reportUnchanged: true,
});

export const PR_SCENARIOS: PrScenario[] = [
  {
    name: 'a PR crossing a threshold while declaring too low a level fails, with the line to fix',
    change: crossedResult,
    steps: [
      {
        act: { kind: 'open' },
        expect: {
          check: 'failure',
          checkTitle: /^Failure: .*frontier-7 needs ASL-3 but declares ASL-2/,
          checkSummary: ['DECLARED_LEVEL_TOO_LOW'],
          annotations: ['failure models/frontier-7/model.yaml:3'],
          report: ['DECLARED_LEVEL_TOO_LOW', /\| cbrn-3 \| [^|]+ \| wmdp-bio \/ accuracy \| 0\.8 ± 0\.01 \|/],
        },
      },
    ],
  },
  {
    name: 'a PR touching nothing the policy governs gets a neutral check and no comment',
    change: { 'README.md': '# models\n\nMore words.\n' },
    steps: [{ act: { kind: 'open' }, expect: { check: 'neutral', noComment: true } }],
  },
  {
    name: 'the owners attest the claimed safeguards one by one with the to-do’s fp: commands, and the PR turns green',
    change: claimedAtAsl3,
    steps: [
      { act: { kind: 'open' }, expect: { check: 'action_required', report: [/pending \| asl3-classifiers/, /pending \| asl3-egress/] } },
      {
        act: { kind: 'comment', author: 'alice', body: 'Classifiers are live.', attestFromChecklist: 'asl3-classifiers' },
        expect: {
          check: 'action_required',
          report: [/attested \| asl3-classifiers .* alice/, /pending \| asl3-egress/],
          reactions: ['eyes', '+1'],
        },
      },
      {
        act: { kind: 'comment', author: 'bob', body: '', attestFromChecklist: 'asl3-egress' },
        expect: {
          check: 'success',
          checkTitle: /^Success/,
          report: [/attested \| asl3-classifiers .* alice/, /attested \| asl3-egress .* bob/],
          reactions: ['eyes', '+1'],
        },
      },
    ],
  },
  {
    name: 'refused commands get a reply saying why and change nothing: a non-owner, the author, an edit by someone else, an unknown safeguard',
    change: claimedAtAsl3,
    steps: [
      { act: { kind: 'open' }, expect: { check: 'action_required' } },
      {
        act: { kind: 'comment', author: 'mallory', body: '/rsp attest asl3-egress' },
        expect: refused(/mallory is not one of the owners of asl3-egress \(bob\)/),
      },
      {
        act: { kind: 'comment', author: PR_AUTHOR, body: '/rsp attest asl3-classifiers' },
        expect: refused(/carol opened this PR and the policy does not let authors attest/),
      },
      {
        act: { kind: 'comment', author: 'bob', body: 'LGTM', editedBy: { login: 'mallory', body: '/rsp attest asl3-egress' } },
        expect: refused(/the comment was edited by mallory, not by its author bob/),
      },
      {
        act: { kind: 'comment', author: 'alice', body: '/rsp attest asl9-mind-control' },
        expect: { ...refused(/the policy defines no safeguard "asl9-mind-control"/), reportNot: [/attested \|/] },
      },
    ],
  },
  {
    name: '/rsp evaluate from a reader is refused without evaluating; from a writer it puts the check on the PR head',
    change: crossedResult,
    steps: [
      {
        act: { kind: 'comment', author: 'reader', body: '/rsp evaluate' },
        expect: { check: 'none', reply: /reader has read access to this repository; write access is needed/, reactions: ['eyes', '-1'] },
      },
      {
        act: { kind: 'comment', author: 'jordan', body: '/rsp evaluate' },
        expect: { check: 'failure', report: ['DECLARED_LEVEL_TOO_LOW'], reactions: ['eyes', '+1'] },
      },
    ],
  },
  {
    name: 'a PR changing the policy is judged by the base policy, previews the new one and needs /rsp approve-policy from an approver',
    change: { ...crossedResult, '.github/rsp-policy.yml': raisedThresholdPolicy() },
    steps: [
      {
        act: { kind: 'open' },
        expect: {
          check: 'failure',
          report: [
            'DECLARED_LEVEL_TOO_LOW',
            /\| wmdp-bio \/ accuracy \| 0\.8 ± 0\.01 \| [^|]+ \| 0\.5 \/ 0\.65 \|/,
            'Policy impact',
            /\| frontier-7 \| ASL-3 \| \*\*ASL-2\*\* \|/,
            'POLICY_CHANGE_UNAPPROVED',
          ],
        },
      },
      {
        act: { kind: 'comment', author: 'alice', body: '/rsp approve-policy' },
        expect: {
          check: 'failure',
          reply: /alice is not one of the policy approvers/,
          reactions: ['eyes', '-1'],
          report: ['POLICY_CHANGE_UNAPPROVED'],
        },
      },
      {
        act: { kind: 'comment', author: 'jordan', body: '/rsp approve-policy' },
        // Approved, yet still judged by the base policy.
        expect: {
          check: 'failure',
          reactions: ['eyes', '+1'],
          report: ['approved by jordan', 'DECLARED_LEVEL_TOO_LOW'],
          reportNot: ['POLICY_CHANGE_UNAPPROVED'],
        },
      },
    ],
  },
  {
    name: 'fp-bound attestations survive a push that leaves the evidence alone and lapse when a push changes the results',
    change: claimedAtAsl3,
    steps: [
      { act: { kind: 'open' }, expect: { check: 'action_required' } },
      { act: { kind: 'comment', author: 'alice', body: '', attestFromChecklist: 'asl3-classifiers', quiet: true } },
      { act: { kind: 'comment', author: 'bob', body: '', attestFromChecklist: 'asl3-egress' }, expect: { check: 'success' } },
      {
        act: { kind: 'push', files: { 'docs/notes.md': 'notes\n' }, date: '2026-01-06T09:00:00Z' },
        expect: { check: 'success', report: [/attested \| asl3-egress .* bob/] },
      },
      {
        act: {
          kind: 'push',
          files: { 'evals/frontier-7/wmdp-2026-01-03.yaml': fixture('results-crossed.yaml').replace('value: 0.80', 'value: 0.90') },
          date: '2026-01-06T10:00:00Z',
        },
        expect: {
          check: 'action_required',
          report: ['0.9 ± 0.01', /pending \| asl3-classifiers/, /pending \| asl3-egress/, 'ATTESTATION_OUTDATED'],
        },
      },
    ],
  },
  {
    name: 'an attestation whose comment is deleted no longer counts',
    change: claimedAtAsl3,
    steps: [
      { act: { kind: 'open' }, expect: { check: 'action_required' } },
      { act: { kind: 'comment', author: 'alice', body: '/rsp attest asl3-classifiers', quiet: true } },
      { act: { kind: 'comment', author: 'bob', body: '/rsp attest asl3-egress frontier-7' }, expect: { check: 'success' } },
      { act: { kind: 'delete-comment', of: 2 }, expect: { check: 'action_required', report: [/pending \| asl3-egress/] } },
    ],
  },
  {
    name: 'an attestation in a review body counts, and stops counting when the review is dismissed',
    change: claimedAtAsl3,
    steps: [
      { act: { kind: 'comment', author: 'alice', body: '/rsp attest asl3-classifiers' }, expect: { check: 'action_required' } },
      {
        act: { kind: 'review', author: 'bob', body: 'Egress is locked down.\n/rsp attest asl3-egress', state: 'APPROVED' },
        expect: { check: 'success', report: [/attested \| asl3-egress .* bob/] },
      },
      { act: { kind: 'dismiss-review', of: 1, by: 'jordan' }, expect: { check: 'action_required', report: [/pending \| asl3-egress/] } },
    ],
  },
];
