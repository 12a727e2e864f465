// Issue comments on pull requests (list, get, create, update, delete) and reactions to them.
import { notFound, validationFailed } from '../http-error.ts';
import { issueComment, reaction } from '../json/comment.ts';
import { nodeId, type CommentRecord } from '../state.ts';
import { paginate, pullOf, repoOf, tokenOf, type RestContext, type RestRoute } from './context.ts';

// GitHub refuses longer bodies with this 422 (observed; not in the description)
const MAX_BODY_CHARACTERS = 65536;
const WRITE: RestRoute['requires'] = [
  ['issues', 'write'],
  ['pull_requests', 'write'],
];
const READ: RestRoute['requires'] = [
  ['issues', 'read'],
  ['pull_requests', 'read'],
];

function checkBody(body: string): void {
  if (body.trim() === '') throw validationFailed({ resource: 'IssueComment', code: 'missing_field', field: 'body' });
  if (body.length > MAX_BODY_CHARACTERS) {
    throw validationFailed({
      resource: 'IssueComment',
      code: 'unprocessable',
      field: 'data',
      message: `Body is too long (maximum is ${MAX_BODY_CHARACTERS} characters)`,
    });
  }
}

function commentOf(context: RestContext): CommentRecord {
  const comment = context.state.comment(Number(context.params.comment_id));
  if (!comment || comment.repo !== repoOf(context)) throw notFound();
  return comment;
}

export const commentRoutes: Record<string, RestRoute> = {
  'issues/list-comments': {
    auth: 'token',
    requires: READ,
    handle(context) {
      const pull = pullOf(context, context.params.issue_number);
      const since = typeof context.query.since === 'string' ? context.query.since : undefined;
      const comments = context.state
        .commentsOn(pull.repo.fullName, pull.number)
        .filter((comment) => since === undefined || comment.updatedAt >= since)
        .sort((a, b) => a.id - b.id);
      const { page, headers } = paginate(context, comments);
      return { status: 200, body: page.map((comment) => issueComment(comment, context.links)), headers };
    },
  },
  'issues/get-comment': {
    auth: 'token',
    requires: READ,
    handle: (context) => ({ status: 200, body: issueComment(commentOf(context), context.links) }),
  },
  'issues/create-comment': {
    auth: 'token',
    requires: WRITE,
    handle(context) {
      const pull = pullOf(context, context.params.issue_number);
      const body = String(context.body.body);
      checkBody(body);
      const token = tokenOf(context);
      const comment = context.state.addComment(
        { repo: pull.repo.fullName, issueNumber: pull.number, body, author: token.actor.login },
        token.app,
      );
      return {
        status: 201,
        body: issueComment(comment, context.links),
        headers: { location: `${context.links.api}/repos/${pull.repo.fullName}/issues/comments/${comment.id}` },
      };
    },
  },
  'issues/update-comment': {
    auth: 'token',
    requires: WRITE,
    handle(context) {
      const comment = commentOf(context);
      const body = String(context.body.body);
      checkBody(body);
      context.state.editComment(comment.id, body, tokenOf(context).actor.login);
      return { status: 200, body: issueComment(comment, context.links) };
    },
  },
  'issues/delete-comment': {
    auth: 'token',
    requires: WRITE,
    handle(context) {
      context.state.deleteComment(commentOf(context).id);
      return { status: 204 };
    },
  },
  'reactions/create-for-issue-comment': {
    auth: 'token',
    requires: WRITE,
    handle(context) {
      const comment = commentOf(context);
      const user = tokenOf(context).actor;
      const content = String(context.body.content);
      // GitHub answers 200 with the existing reaction when the same user reacts the same way twice
      const existing = comment.reactions.find((r) => r.user === user && r.content === content);
      if (existing) return { status: 200, body: reaction(existing, context.links) };
      const id = context.state.newId();
      const created = { id, nodeId: nodeId('REA', id), user, content, createdAt: context.state.now() };
      comment.reactions.push(created);
      return { status: 201, body: reaction(created, context.links) };
    },
  },
};
