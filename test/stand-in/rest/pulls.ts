// Pull requests: get one, list, the files they change (against the merge base, as GitHub diffs them), and replies to
// comments on lines of their code.
import { HttpError, notFound, validationFailed } from '../http-error.ts';
import { diffEntry } from '../json/git.ts';
import { pullRequest, pullRequestSimple } from '../json/pull.ts';
import { lineComment } from '../json/review.ts';
import type { PullRequestRecord } from '../state.ts';
import { paginate, pullOf, repoOf, tokenOf, type RestRoute } from './context.ts';

// GitHub lists at most 3000 files of a pull request
const MAX_LISTED_FILES = 3000;
const READ: RestRoute['requires'] = [['pull_requests', 'read']];

async function changedFiles(pull: PullRequestRecord) {
  try {
    return await pull.repo.git.diff(pull.base.sha, pull.head.sha, true);
  } catch {
    throw new HttpError(500, `the stand-in cannot diff ${pull.base.sha}...${pull.head.sha} in ${pull.repo.fullName}`);
  }
}

export const pullRoutes: Record<string, RestRoute> = {
  'pulls/get': {
    auth: 'token',
    requires: READ,
    async handle(context) {
      const pull = pullOf(context, context.params.pull_number);
      const files = await changedFiles(pull);
      const commits = await pull.repo.git.commitsBetween(pull.base.sha, pull.head.sha);
      const stats = {
        commits: commits.length,
        additions: files.reduce((n, f) => n + f.additions, 0),
        deletions: files.reduce((n, f) => n + f.deletions, 0),
        changedFiles: files.length,
      };
      return { status: 200, body: pullRequest(pull, stats, context.state, context.links) };
    },
  },
  'pulls/list': {
    auth: 'token',
    requires: READ,
    handle(context) {
      const repo = repoOf(context);
      const state = String(context.query.state ?? 'open');
      const head = typeof context.query.head === 'string' ? context.query.head : undefined;
      const base = typeof context.query.base === 'string' ? context.query.base : undefined;
      // GitHub's default: newest first when sorting by creation, else oldest first
      const direction = context.query.direction ?? (!context.query.sort || context.query.sort === 'created' ? 'desc' : 'asc');
      const pulls = context.state.pullRequests
        .filter((p) => p.repo === repo && (state === 'all' || p.state === state))
        .filter((p) => head === undefined || `${p.repo.owner.login}:${p.head.ref}` === head)
        .filter((p) => base === undefined || p.base.ref === base)
        .sort((a, b) => (direction === 'asc' ? a.number - b.number : b.number - a.number));
      const { page, headers } = paginate(context, pulls);
      return { status: 200, body: page.map((pull) => pullRequestSimple(pull, context.state, context.links)), headers };
    },
  },
  'pulls/request-reviewers': {
    auth: 'token',
    requires: [['pull_requests', 'write']],
    handle(context) {
      const pull = pullOf(context, context.params.pull_number);
      const list = (v: unknown) => (Array.isArray(v) ? v.map(String) : []);
      const reviewers = list(context.body.reviewers);
      const teamReviewers = list(context.body.team_reviewers);
      // As GitHub: a PR's author cannot be asked to review it, and one of the two lists must name someone.
      if (reviewers.length + teamReviewers.length === 0)
        throw new HttpError(422, 'Validation Failed: reviewers or team_reviewers is required');
      if (reviewers.some((r) => r.toLowerCase() === pull.author.login.toLowerCase()))
        throw new HttpError(422, 'Review cannot be requested from pull request author.');
      (pull.reviewRequests ??= []).push({ reviewers, teamReviewers, by: tokenOf(context).actor.login });
      return { status: 201, body: pullRequestSimple(pull, context.state, context.links) };
    },
  },
  'pulls/create-reply-for-review-comment': {
    auth: 'token',
    requires: [['pull_requests', 'write']],
    handle(context) {
      const pull = pullOf(context, context.params.pull_number);
      const parent = context.state.lineComment(Number(context.params.comment_id));
      // As GitHub: the comment must be a line comment of this pull request; a reply joins the thread's first comment.
      if (!parent || parent.repo !== pull.repo || parent.pullNumber !== pull.number) throw notFound();
      const body = String(context.body.body ?? '');
      if (body.trim() === '') throw validationFailed({ resource: 'PullRequestReviewComment', code: 'missing_field', field: 'body' });
      const reply = context.state.addLineComment({
        repo: pull.repo.fullName,
        pullNumber: pull.number,
        body,
        author: tokenOf(context).actor.login,
        path: parent.path,
        line: parent.line,
        inReplyTo: parent.inReplyTo ?? parent.id,
      });
      return { status: 201, body: lineComment(reply, context.links) };
    },
  },
  'pulls/list-files': {
    auth: 'token',
    requires: READ,
    async handle(context) {
      const pull = pullOf(context, context.params.pull_number);
      const files = (await changedFiles(pull)).slice(0, MAX_LISTED_FILES);
      const { page, headers } = paginate(context, files);
      return { status: 200, body: page.map((file) => diffEntry(pull.repo, pull.head.sha, file, context.links)), headers };
    },
  },
};
