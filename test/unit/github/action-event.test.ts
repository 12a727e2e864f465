import { describe, expect, it } from 'vitest';
import { eventTarget } from '../../../src/action/event.ts';

describe('which PR a workflow event is about', () => {
  it('takes pull_request and pull_request_target events that change the PR, with the head SHA', () => {
    const payload = { action: 'synchronize', pull_request: { number: 7, head: { sha: 'abc', repo: { fork: false, full_name: 'acme/models' } }, base: { repo: { full_name: 'acme/models' } } } };
    expect(eventTarget('pull_request_target', payload)).toEqual({ kind: 'pull-request', number: 7, trigger: { kind: 'pull_request' }, fromFork: false, headSha: 'abc' });
    expect(eventTarget('pull_request', { ...payload, action: 'labeled' }).kind).toBe('ignore');
    const retitled: Parameters<typeof eventTarget>[1] = { ...payload, action: 'edited', changes: {} };
    expect(eventTarget('pull_request', retitled).kind).toBe('ignore');
    expect(eventTarget('pull_request', { ...payload, action: 'edited', changes: { base: { ref: { from: 'dev' } } } }).kind).toBe('pull-request');
    const fork = { ...payload, pull_request: { ...payload.pull_request, head: { sha: 'abc', repo: { fork: true, full_name: 'eve/models' } } } };
    expect(eventTarget('pull_request', fork)).toMatchObject({ fromFork: true });
  });

  it('takes issue_comment only on pull requests, with the comment and its previous body', () => {
    const onPr = { action: 'edited', issue: { number: 7, pull_request: { url: 'u' } }, comment: { id: 99, body: 'new' }, changes: { body: { from: '/rsp attest x' } } };
    expect(eventTarget('issue_comment', onPr)).toEqual({
      kind: 'pull-request',
      number: 7,
      trigger: { kind: 'comment', commentId: 99, action: 'edited', previousBody: '/rsp attest x' },
      fromFork: false,
    });
    expect(eventTarget('issue_comment', { ...onPr, action: 'deleted' })).toMatchObject({ trigger: { action: 'deleted', previousBody: 'new' } });
    expect(eventTarget('issue_comment', { ...onPr, issue: { number: 7 } })).toEqual({ kind: 'ignore', reason: 'the comment is on an issue, not on a pull request' });
  });

  it('needs the PR number for workflow_dispatch', () => {
    expect(eventTarget('workflow_dispatch', {}, 12)).toMatchObject({ kind: 'pull-request', number: 12, trigger: { kind: 'rerun' } });
    expect(eventTarget('workflow_dispatch', { inputs: { 'pull-request': '13' } })).toMatchObject({ number: 13 });
    expect(eventTarget('workflow_dispatch', {}).kind).toBe('invalid');
  });

  it('names the events it does not handle', () => {
    expect(eventTarget('push', {})).toEqual({ kind: 'ignore', reason: 'rsp-gate runs on pull_request, pull_request_target, issue_comment and workflow_dispatch, not on push' });
  });
});
