// Which PR a workflow event is about, and what triggered the run. Events the gate does not handle are named, not
// guessed at.
import type { GateTrigger } from '../run/pull-request.ts';

export type EventTarget =
  | { kind: 'pull-request'; number: number; trigger: GateTrigger; fromFork: boolean; headSha?: string }
  | { kind: 'ignore'; reason: string }
  /** The event is one the gate handles, but the run is set up wrongly. */
  | { kind: 'invalid'; reason: string };

interface Payload {
  action?: string;
  number?: number;
  pull_request?: { number?: number; head?: { sha?: string; repo?: { fork?: boolean; full_name?: string } | null }; base?: { repo?: { full_name?: string } } };
  issue?: { number?: number; pull_request?: unknown };
  comment?: { id?: number; body?: string };
  changes?: { base?: unknown; body?: { from?: string } };
  inputs?: Record<string, unknown>;
}

const PR_ACTIONS = new Set(['opened', 'synchronize', 'reopened', 'ready_for_review']);

export function eventTarget(eventName: string, payload: Payload, pullRequestInput?: number): EventTarget {
  switch (eventName) {
    case 'pull_request':
    case 'pull_request_target': {
      const number = payload.pull_request?.number;
      if (typeof number !== 'number') return { kind: 'ignore', reason: `the ${eventName} event carries no pull request` };
      const action = payload.action ?? '';
      // An edit matters only when it moves the PR to another base branch (and so another policy).
      const relevant = PR_ACTIONS.has(action) || (action === 'edited' && payload.changes?.base !== undefined);
      if (!relevant) return { kind: 'ignore', reason: `${eventName}.${action} does not change what the gate evaluates` };
      const head = payload.pull_request?.head?.repo;
      const fromFork = head?.fork === true || (head?.full_name !== undefined && head.full_name !== payload.pull_request?.base?.repo?.full_name);
      const headSha = payload.pull_request?.head?.sha;
      return { kind: 'pull-request', number, trigger: { kind: 'pull_request' }, fromFork, ...(typeof headSha === 'string' ? { headSha } : {}) };
    }
    case 'issue_comment': {
      if (!payload.issue?.pull_request) return { kind: 'ignore', reason: 'the comment is on an issue, not on a pull request' };
      const number = payload.issue.number;
      const commentId = payload.comment?.id;
      if (typeof number !== 'number' || typeof commentId !== 'number') return { kind: 'ignore', reason: 'the issue_comment event carries no comment' };
      const action = payload.action === 'edited' || payload.action === 'deleted' ? payload.action : 'created';
      const previousBody = action === 'edited' ? payload.changes?.body?.from : action === 'deleted' ? payload.comment?.body : undefined;
      const trigger: GateTrigger = { kind: 'comment', commentId, action, ...(previousBody === undefined ? {} : { previousBody }) };
      return { kind: 'pull-request', number, trigger, fromFork: false };
    }
    case 'workflow_dispatch': {
      const fromPayload = payload.inputs?.['pull-request'];
      const number = pullRequestInput ?? (typeof fromPayload === 'string' && /^\d+$/.test(fromPayload) ? Number(fromPayload) : undefined);
      if (number === undefined) return { kind: 'invalid', reason: 'workflow_dispatch needs the pull-request input (the PR number)' };
      return { kind: 'pull-request', number, trigger: { kind: 'rerun' }, fromFork: false };
    }
    default:
      return { kind: 'ignore', reason: `rsp-gate runs on pull_request, pull_request_target, issue_comment and workflow_dispatch, not on ${eventName}` };
  }
}
