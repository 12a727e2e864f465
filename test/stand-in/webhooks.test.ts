import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { verify } from '@octokit/webhooks-methods';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appPrivateKey } from './app-auth.ts';
import { createRepo, type TestRepo } from './git-repo.ts';
import { ACTIONS_TOKEN } from './identities.ts';
import { webhookProblems } from './response-validation.ts';
import { startStandIn, type StandIn } from './server.ts';
import {
  checkRunRerequestedEvent,
  checkSuiteRerequestedEvent,
  deliver,
  issueCommentEvent,
  mergeGroupEvent,
  pullRequestEvent,
  pullRequestReviewCommentEvent,
  pullRequestReviewEvent,
  pushEvent,
  sign,
} from './webhooks.ts';

let standIn: StandIn;
let repo: TestRepo;
let baseSha: string;
let headSha: string;

beforeAll(async () => {
  repo = await createRepo();
  baseSha = await repo.commit({ 'policy.yaml': 'a: 1\n' }, 'base');
  headSha = await repo.commit({ 'models/m.yaml': 'id: m\n' }, 'head', undefined, { branch: 'feature' });
  standIn = await startStandIn({ app: { id: 77, privateKey: appPrivateKey() } });
  standIn.state.addRepo({ owner: 'acme', name: 'models', dir: repo.dir });
  standIn.state.addPullRequest({
    repo: 'acme/models',
    number: 4,
    author: 'alice',
    base: { sha: baseSha, ref: 'main' },
    head: { sha: headSha, ref: 'feature' },
  });
});

afterAll(async () => {
  await standIn.close();
  await repo.remove();
});

describe('webhook payloads', () => {
  it.each(['opened', 'synchronize', 'reopened', 'edited'] as const)(
    'pull_request.%s matches the description and the state',
    async (action) => {
      const event = await pullRequestEvent(standIn, { repo: 'acme/models', number: 4, action });
      expect(event.name).toBe('pull_request');
      expect(event.payload).toMatchObject({
        action,
        number: 4,
        pull_request: { head: { sha: headSha }, base: { sha: baseSha } },
        installation: { id: 4242 },
      });
      expect(webhookProblems('pull_request', action, event.payload)).toBeUndefined();
      expect(JSON.stringify(event.payload)).not.toContain('api.github.com');
    },
  );

  it('issue_comment.created and .edited on a pull request', async () => {
    const comment = standIn.state.addComment({ repo: 'acme/models', issueNumber: 4, body: '/rsp evaluate', author: 'bob' });
    const created = issueCommentEvent(standIn, { commentId: comment.id, action: 'created' });
    expect(created.payload).toMatchObject({
      action: 'created',
      issue: { number: 4, pull_request: { url: expect.any(String) } },
      comment: { id: comment.id, body: '/rsp evaluate' },
      sender: { login: 'bob' },
    });
    expect(webhookProblems('issue_comment', 'created', created.payload)).toBeUndefined();

    standIn.state.editComment(comment.id, '/rsp approve-policy', 'mallory');
    const edited = issueCommentEvent(standIn, { commentId: comment.id, action: 'edited' });
    expect(edited.payload).toMatchObject({
      changes: { body: { from: '/rsp evaluate' } },
      sender: { login: 'mallory' },
      comment: { user: { login: 'bob' } },
    });
    expect(webhookProblems('issue_comment', 'edited', edited.payload)).toBeUndefined();
  });

  it('check_run.rerequested and check_suite.rerequested', async () => {
    const token = standIn.state.addToken({
      token: 'ghs_app',
      login: 'rsp-gate[bot]',
      kind: 'installation',
      permissions: { checks: 'write' },
      app: standIn.app?.identity,
    });
    const response = await fetch(`${standIn.url}/repos/acme/models/check-runs`, {
      method: 'POST',
      headers: { authorization: `token ${token.token}`, 'user-agent': 't', 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'rsp-gate', head_sha: headSha, conclusion: 'failure', output: { title: 't', summary: 's' } }),
    });
    const run = (await response.json()) as { id: number };
    const rerun = checkRunRerequestedEvent(standIn, { checkRunId: run.id, sender: 'bob' });
    expect(rerun.payload).toMatchObject({
      action: 'rerequested',
      check_run: { id: run.id, head_sha: headSha, pull_requests: [{ number: 4 }], check_suite: { head_branch: 'feature' } },
    });
    expect(webhookProblems('check_run', 'rerequested', rerun.payload)).toBeUndefined();
    const suite = checkSuiteRerequestedEvent(standIn, { repo: 'acme/models', headSha, sender: 'bob' });
    expect(suite.payload).toMatchObject({ check_suite: { head_sha: headSha, pull_requests: [{ number: 4 }] } });
    expect(webhookProblems('check_suite', 'rerequested', suite.payload)).toBeUndefined();
  });

  it('pull_request_review.submitted, .edited and .dismissed', async () => {
    const record = standIn.state.addReview({ repo: 'acme/models', pullNumber: 4, body: '/rsp attest a', author: 'bob' });
    const submitted = await pullRequestReviewEvent(standIn, { reviewId: record.id, action: 'submitted' });
    expect(submitted.payload).toMatchObject({ action: 'submitted', review: { id: record.id, body: '/rsp attest a', state: 'commented' } });
    expect(webhookProblems('pull_request_review', 'submitted', submitted.payload)).toBeUndefined();
    standIn.state.editReview(record.id, '/rsp attest b', 'bob');
    const edited = await pullRequestReviewEvent(standIn, { reviewId: record.id, action: 'edited' });
    expect(edited.payload).toMatchObject({ changes: { body: { from: '/rsp attest a' } }, review: { body: '/rsp attest b' } });
    expect(webhookProblems('pull_request_review', 'edited', edited.payload)).toBeUndefined();
    standIn.state.dismissReview(record.id);
    const dismissed = await pullRequestReviewEvent(standIn, { reviewId: record.id, action: 'dismissed', sender: 'alice' });
    expect(dismissed.payload).toMatchObject({ review: { state: 'dismissed' }, sender: { login: 'alice' } });
    expect(webhookProblems('pull_request_review', 'dismissed', dismissed.payload)).toBeUndefined();
  });

  it('pull_request_review_comment.created', async () => {
    const record = standIn.state.addLineComment({
      repo: 'acme/models',
      pullNumber: 4,
      body: '/rsp attest a',
      author: 'bob',
      path: 'models/m.yaml',
    });
    const event = await pullRequestReviewCommentEvent(standIn, { commentId: record.id });
    expect(event.payload).toMatchObject({
      action: 'created',
      comment: { id: record.id, path: 'models/m.yaml' },
      pull_request: { number: 4 },
    });
    expect(webhookProblems('pull_request_review_comment', 'created', event.payload)).toBeUndefined();
  });

  it('merge_group.checks_requested names the PR and the commit the group is built on', async () => {
    const event = await mergeGroupEvent(standIn, { repo: 'acme/models', pullNumber: 4, headSha, baseSha });
    expect(event.payload).toMatchObject({
      action: 'checks_requested',
      merge_group: { head_sha: headSha, base_sha: baseSha, head_ref: `refs/heads/gh-readonly-queue/main/pr-4-${baseSha}` },
    });
    expect(webhookProblems('merge_group', 'checks_requested', event.payload)).toBeUndefined();
  });

  it('push lists the commits with their files', async () => {
    const next = await repo.commit({ 'policy.yaml': 'a: 2\n', 'new.txt': 'n' }, 'policy change');
    const event = await pushEvent(standIn, { repo: 'acme/models', ref: 'refs/heads/main', before: baseSha, after: next, pusher: 'alice' });
    expect(event.payload).toMatchObject({
      ref: 'refs/heads/main',
      after: next,
      head_commit: { id: next, added: ['new.txt'], modified: ['policy.yaml'] },
    });
    expect(webhookProblems('push', undefined, event.payload)).toBeUndefined();
  });
});

describe('signing and delivery', () => {
  it('signs bodies so that GitHub verification accepts them', async () => {
    const body = JSON.stringify({ hello: 'world' });
    const signature = await sign(body, 'secret');
    expect(signature).toMatch(/^sha256=[0-9a-f]{64}$/);
    expect(await verify('secret', body, signature)).toBe(true);
    expect(await verify('other', body, signature)).toBe(false);
  });

  it('delivers an event with GitHub headers', async () => {
    const received: Array<{ headers: Record<string, unknown>; body: string }> = [];
    const receiver = createServer((request, response) => {
      let body = '';
      request.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
      request.on('end', () => {
        received.push({ headers: request.headers, body });
        response.writeHead(202).end();
      });
    });
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    const { port } = receiver.address() as AddressInfo;
    const event = await pullRequestEvent(standIn, { repo: 'acme/models', number: 4, action: 'opened' });
    const response = await deliver(`http://127.0.0.1:${port}/`, event, 'shh');
    receiver.close();
    expect(response.status).toBe(202);
    const [delivery] = received;
    expect(delivery?.headers['x-github-event']).toBe('pull_request');
    expect(await verify('shh', delivery?.body ?? '', String(delivery?.headers['x-hub-signature-256']))).toBe(true);
    expect(ACTIONS_TOKEN).toBeTruthy();
  });
});
