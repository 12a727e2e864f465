// The stand-in's state as GraphQL objects. Each field is a value or a function of (args); a field that is
// missing here is one the stand-in does not implement, and asking for it is an error naming it.
import { GraphQLError } from 'graphql';
import type { GitObject } from '../git-reader.ts';
import type { Actor, TokenRecord } from '../identities.ts';
import type { Links } from '../json/links.ts';
import type { CommentRecord, PullRequestRecord, RepoRecord, ReviewRecord, ReviewState, StandInState } from '../state.ts';
import { commitCheckFields } from './checks.ts';
import { connection, type ConnectionArgs } from './connection.ts';

export interface GraphContext {
  state: StandInState;
  token: TokenRecord;
  links: Links;
  cost: number;
}

type Source = Record<string, unknown>;

// GitHub stops Blob.text at this many bytes and sets isTruncated (observed; undocumented)
const BLOB_TEXT_LIMIT = 512_000;
// git's heuristic: a NUL byte in the first 8000 bytes makes a file binary
const BINARY_PROBE_BYTES = 8000;

const notFound = (message: string) => new GraphQLError(message, { extensions: { type: 'NOT_FOUND' } });

function actorObject(actor: Actor, links: Links): Source {
  const path = actor.type === 'Bot' ? `/apps/${actor.login.replace(/\[bot\]$/, '')}` : `/${actor.login}`;
  return {
    __typename: actor.type,
    id: actor.nodeId,
    databaseId: actor.id,
    // GitHub shows bots without the [bot] suffix in GraphQL
    login: actor.type === 'Bot' ? actor.login.replace(/\[bot\]$/, '') : actor.login,
    url: `${links.web}${path}`,
    resourcePath: path,
    avatarUrl: () => `${links.web}/avatars/u/${actor.id}?v=4`,
  };
}

/** Cuts at a byte limit without splitting a UTF-8 character. */
function truncateUtf8(bytes: Buffer, limit: number): string {
  let end = Math.min(limit, bytes.length);
  // step back over continuation bytes (10xxxxxx) to a character start
  if (end < bytes.length) while (end > 0 && ((bytes[end] ?? 0) & 0xc0) === 0x80) end -= 1;
  return bytes.subarray(0, end).toString('utf8');
}

/** `path` is where the object sits in its commit ('' for the root tree): TreeEntry.path is the full path. */
function gitObject(repo: RepoRecord, object: GitObject, path: string, context: GraphContext): Source {
  const common = { id: `GO_${object.oid}`, oid: object.oid, abbreviatedOid: object.oid.slice(0, 7) };
  if (object.type === 'blob') {
    const binary = object.content.subarray(0, BINARY_PROBE_BYTES).includes(0);
    return {
      __typename: 'Blob',
      ...common,
      byteSize: object.content.length,
      isBinary: binary,
      isTruncated: object.content.length > BLOB_TEXT_LIMIT,
      text: binary ? null : truncateUtf8(object.content, BLOB_TEXT_LIMIT),
    };
  }
  if (object.type === 'tree') {
    return {
      __typename: 'Tree',
      ...common,
      entries: async () =>
        (await repo.git.tree(object.oid, false)).map((entry) => ({
          name: entry.path,
          path: path ? `${path}/${entry.path}` : entry.path,
          type: entry.type,
          oid: entry.oid,
          mode: Number.parseInt(entry.mode, 8),
          size: entry.size ?? 0,
          extension: /\.[^./]+$/.exec(entry.path)?.[0] ?? null,
          isGenerated: false,
          object: async () => {
            const child = await repo.git.object(entry.oid);
            return child ? gitObject(repo, child, path ? `${path}/${entry.path}` : entry.path, context) : null;
          },
        })),
    };
  }
  if (object.type === 'commit') return commitObject(repo, object.oid, context);
  return { __typename: 'Tag', ...common };
}

function commitObject(repo: RepoRecord, oid: string, context: GraphContext): Source {
  const info = () => repo.git.commit(oid);
  return {
    __typename: 'Commit',
    id: `C_${oid}`,
    oid,
    abbreviatedOid: oid.slice(0, 7),
    url: `${context.links.web}/${repo.fullName}/commit/${oid}`,
    committedDate: async () => (await info())?.committer.date,
    authoredDate: async () => (await info())?.author.date,
    message: async () => (await info())?.message,
    messageHeadline: async () => (await info())?.message.split('\n')[0] ?? '',
    tree: async () => {
      const tree = await repo.git.object(`${oid}^{tree}`);
      return tree ? gitObject(repo, tree, '', context) : null;
    },
    ...commitCheckFields(context.state, repo, oid, context.links, actorObject),
  };
}

/** The fields of GraphQL's Comment interface, which issue comments and reviews share. */
function commentFields(
  record: CommentRecord | ReviewRecord,
  publishedAt: string | null,
  url: string,
  context: GraphContext,
): Record<string, unknown> {
  return {
    id: record.nodeId,
    databaseId: record.id,
    fullDatabaseId: String(record.id),
    body: record.body,
    createdAt: record.createdAt,
    updatedAt: record.updatedAt,
    lastEditedAt: record.lastEditedAt,
    publishedAt,
    includesCreatedEdit: record.edits.length > 0,
    url,
    author: actorObject(record.author, context.links),
    editor: record.editor ? actorObject(record.editor, context.links) : null,
    authorAssociation: record.authorAssociation,
    viewerDidAuthor: record.author === context.token.actor,
    isMinimized: false,
  };
}

function commentObject(comment: CommentRecord, context: GraphContext): Source {
  const url = `${context.links.web}/${comment.repo.fullName}/pull/${comment.issueNumber}#issuecomment-${comment.id}`;
  return {
    __typename: 'IssueComment',
    ...commentFields(comment, comment.createdAt, url, context),
    userContentEdits: (args: ConnectionArgs) =>
      connection(
        [...comment.edits].reverse().map((edit) => ({
          editedAt: edit.editedAt,
          editor: actorObject(edit.editor, context.links),
          deletedAt: null,
          deletedBy: null,
          diff: edit.previousBody,
        })),
        args,
        'userContentEdits',
      ),
  };
}

/** A review: a Comment like an issue comment (as on GitHub, a pending one is seen by its author only), with its state
 * and the commit it was made on. */
function reviewObject(review: ReviewRecord, context: GraphContext): Source {
  const url = `${context.links.web}/${review.repo.fullName}/pull/${review.pullNumber}#pullrequestreview-${review.id}`;
  return {
    __typename: 'PullRequestReview',
    ...commentFields(review, review.submittedAt, url, context),
    state: review.state,
    submittedAt: review.submittedAt,
    commit: commitObject(review.repo, review.commitId, context),
  };
}

/** The PR's reviews a viewer may see, filtered by `states` when given, oldest first. */
function reviewsOf(pull: PullRequestRecord, args: ConnectionArgs & { states?: ReviewState[] | null }, context: GraphContext) {
  const visible = context.state
    .reviewsOn(pull.repo.fullName, pull.number)
    .filter((r) => r.state !== 'PENDING' || r.author === context.token.actor)
    .filter((r) => args.states == null || args.states.includes(r.state))
    .sort((a, b) => a.id - b.id);
  return connection(
    visible.map((review) => reviewObject(review, context)),
    args,
    'reviews',
  );
}

function pullRequestObject(pull: PullRequestRecord, context: GraphContext): Source {
  return {
    __typename: 'PullRequest',
    id: pull.nodeId,
    databaseId: pull.id,
    number: pull.number,
    title: pull.title,
    body: pull.body,
    url: `${context.links.web}/${pull.repo.fullName}/pull/${pull.number}`,
    state: pull.merged ? 'MERGED' : pull.state === 'open' ? 'OPEN' : 'CLOSED',
    isDraft: pull.draft,
    merged: pull.merged,
    headRefOid: pull.head.sha,
    baseRefOid: pull.base.sha,
    headRefName: pull.head.ref,
    baseRefName: pull.base.ref,
    // The branch as it is now, whereas baseRefOid stays where the PR was last updated (as on GitHub).
    baseRef: () => refObject(pull.repo, pull.base.ref, context),
    createdAt: pull.createdAt,
    updatedAt: pull.updatedAt,
    closedAt: pull.closedAt,
    mergedAt: pull.mergedAt ?? null,
    mergedBy: pull.mergedBy ? actorObject(pull.mergedBy, context.links) : null,
    author: actorObject(pull.author, context.links),
    authorAssociation: context.state.association(pull.repo, pull.author),
    comments: (args: ConnectionArgs) =>
      connection(
        context.state
          .commentsOn(pull.repo.fullName, pull.number)
          .sort((a, b) => a.id - b.id)
          .map((comment) => commentObject(comment, context)),
        args,
        'comments',
      ),
    reviews: (args: ConnectionArgs & { states?: ReviewState[] | null }) => reviewsOf(pull, args, context),
    files: async (args: ConnectionArgs) => {
      const files = await pull.repo.git.diff(pull.base.sha, pull.head.sha, true);
      const changeType = {
        added: 'ADDED',
        removed: 'DELETED',
        modified: 'MODIFIED',
        renamed: 'RENAMED',
        copied: 'COPIED',
        changed: 'CHANGED',
        unchanged: 'MODIFIED',
      } as const;
      return connection(
        files.map((file) => ({
          path: file.path,
          additions: file.additions,
          deletions: file.deletions,
          changeType: changeType[file.status],
        })),
        args,
        'files',
      );
    },
    commits: async (args: ConnectionArgs) => {
      const oids = await pull.repo.git.commitsBetween(pull.base.sha, pull.head.sha);
      const commits = oids.map((oid) => ({
        __typename: 'PullRequestCommit',
        id: `PRC_${pull.number}_${oid}`,
        url: `${context.links.web}/${pull.repo.fullName}/pull/${pull.number}/commits/${oid}`,
        commit: commitObject(pull.repo, oid, context),
      }));
      return connection(commits, args, 'commits');
    },
    changedFiles: async () => (await pull.repo.git.diff(pull.base.sha, pull.head.sha, true)).length,
    timelineItems: (args: ConnectionArgs & { itemTypes?: string[] | null }) => {
      // Only force pushes are kept as timeline events here; asking for another type only gets those that exist.
      const wanted = args.itemTypes == null || args.itemTypes.includes('HEAD_REF_FORCE_PUSHED_EVENT');
      const events = wanted ? pull.forcePushes.map((e) => forcePushObject(pull, e, context)) : [];
      return connection(events, args, 'timelineItems');
    },
  };
}

function forcePushObject(pull: PullRequestRecord, event: PullRequestRecord['forcePushes'][number], context: GraphContext): Source {
  return {
    __typename: 'HeadRefForcePushedEvent',
    id: `HRFPE_${event.id}`,
    createdAt: event.createdAt,
    actor: actorObject(event.actor, context.links),
    beforeCommit: commitObject(pull.repo, event.before, context),
    afterCommit: commitObject(pull.repo, event.after, context),
    ref: null,
  };
}

function repositoryObject(repo: RepoRecord, context: GraphContext): Source {
  return {
    __typename: 'Repository',
    id: repo.nodeId,
    databaseId: repo.id,
    name: repo.name,
    nameWithOwner: repo.fullName,
    owner: actorObject(repo.owner, context.links),
    isPrivate: repo.private,
    url: `${context.links.web}/${repo.fullName}`,
    object: async (args: { expression?: string | null; oid?: string | null }) => {
      const expression = args.oid ?? args.expression ?? '';
      const object = await repo.git.object(expression);
      const colon = expression.indexOf(':');
      return object ? gitObject(repo, object, colon < 0 ? '' : expression.slice(colon + 1).replace(/^\/+|\/+$/g, ''), context) : null;
    },
    defaultBranchRef: async () => {
      const oid = await repo.git.resolve(`refs/heads/${repo.defaultBranch}`);
      return oid
        ? {
            __typename: 'Ref',
            id: `REF_${repo.defaultBranch}`,
            name: repo.defaultBranch,
            prefix: 'refs/heads/',
            target: commitObject(repo, oid, context),
          }
        : null;
    },
    ref: (args: { qualifiedName: string }) => refObject(repo, args.qualifiedName, context),
    pullRequests: (args: ConnectionArgs & { states?: string[] | null; orderBy?: { field: string; direction: string } | null }) => {
      const stateOf = (p: PullRequestRecord) => (p.merged ? 'MERGED' : p.state === 'open' ? 'OPEN' : 'CLOSED');
      const field = args.orderBy?.field === 'UPDATED_AT' ? 'updatedAt' : 'createdAt';
      const sign = args.orderBy?.direction === 'DESC' ? -1 : 1;
      const pulls = context.state.pullRequests
        .filter((p) => p.repo === repo && (args.states == null || args.states.includes(stateOf(p))))
        .sort((a, b) => sign * (Date.parse(a[field]) - Date.parse(b[field]) || a.number - b.number));
      return connection(
        pulls.map((p) => pullRequestObject(p, context)),
        args,
        'pullRequests',
      );
    },
    pullRequest: (args: { number: number }) => {
      const pull = context.state.pullRequest(repo.fullName, args.number);
      if (!pull) throw notFound(`Could not resolve to a PullRequest with the number of ${args.number}.`);
      return pullRequestObject(pull, context);
    },
  };
}

/** A branch (or a fully qualified ref) of the repository with the commit it points to now, or null. */
async function refObject(repo: RepoRecord, qualifiedName: string, context: GraphContext): Promise<Source | null> {
  const qualified = qualifiedName.startsWith('refs/') ? qualifiedName : `refs/heads/${qualifiedName}`;
  const oid = await repo.git.resolve(qualified);
  const name = qualified.replace(/^refs\/(heads|tags)\//, '');
  return oid
    ? {
        __typename: 'Ref',
        id: `REF_${qualified}`,
        name,
        prefix: qualified.slice(0, qualified.length - name.length),
        target: commitObject(repo, oid, context),
      }
    : null;
}

/** The object a global node id names: a repository, pull request or issue comment of the state. */
function nodeById(id: string, context: GraphContext): Source | null {
  const { state } = context;
  const repo = [...state.repos.values()].find((r) => r.nodeId === id);
  if (repo) return repositoryObject(repo, context);
  const pull = state.pullRequests.find((p) => p.nodeId === id);
  if (pull) return pullRequestObject(pull, context);
  const comment = state.comments.find((c) => c.nodeId === id);
  if (comment) return commentObject(comment, context);
  const review = state.reviews.find((r) => r.nodeId === id);
  if (review) return reviewObject(review, context);
  return null;
}

/** Query root. */
export function queryRoot(context: GraphContext): Source {
  const { limit, used, remaining } = context.state.rateLimitOf(`graphql:${context.token.token}`);
  const missingNode = (id: string) => notFound(`Could not resolve to a node with the global id of '${id}'`);
  return {
    node: (args: { id: string }) => {
      const node = nodeById(args.id, context);
      if (!node) throw missingNode(args.id);
      return node;
    },
    nodes: (args: { ids: string[] }) => args.ids.map((id) => nodeById(id, context)),
    repository: (args: { owner: string; name: string }) => {
      const repo = context.state.repo(`${args.owner}/${args.name}`);
      if (!repo) throw notFound(`Could not resolve to a Repository with the name '${args.owner}/${args.name}'.`);
      return repositoryObject(repo, context);
    },
    viewer: { __typename: 'User', ...actorObject(context.token.actor, context.links), login: context.token.actor.login },
    rateLimit: () => ({ cost: context.cost, limit, used, remaining, nodeCount: 0, resetAt: new Date(Date.now() + 3600_000).toISOString() }),
  };
}
