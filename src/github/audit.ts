// What an audit reads from GitHub: the repository's pull requests, newest update first, each with its comments,
// reviews, merge, and the gate's check runs and statuses on its head, a page of PRs per GraphQL query. Only a PR with
// more than a page of comments or reviews costs further queries, one per further page.
import type { GitHubApi } from './api.ts';
import { COMMENT_FIELDS, toComment, type CommentNode } from './comments.ts';
import { GitHubPortError } from './errors.ts';
import type { RepoRef } from '../ports/github.ts';
import type { CommandComment } from '../commands/handler.ts';
import type { AuditCheckRun, AuditPullRequest } from '../report/audit.ts';

/** PRs per query: with 100 comments and 100 reviews each, a page stays well inside GitHub's node limit. */
const PULLS_PER_PAGE = 20;

interface Page<T> {
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  nodes: Array<T | null>;
}

interface ReviewNode {
  id: string;
  url: string;
  body: string;
  createdAt: string;
  lastEditedAt: string | null;
  author: { login: string; __typename: string } | null;
  editor: { login: string } | null;
}

interface CheckSuiteNode {
  app: { slug: string } | null;
  checkRuns: { nodes: Array<{ name: string; status: string; conclusion: string | null; completedAt: string | null; url: string } | null> };
}

interface PullNode {
  id: string;
  number: number;
  title: string;
  url: string;
  state: 'OPEN' | 'CLOSED' | 'MERGED';
  createdAt: string;
  updatedAt: string;
  mergedAt: string | null;
  mergedBy: { login: string } | null;
  author: { login: string } | null;
  baseRefOid: string;
  headRefOid: string;
  comments: Page<CommentNode>;
  reviews: Page<ReviewNode>;
  commits: {
    nodes: Array<{
      commit: {
        oid: string;
        checkSuites: { nodes: Array<CheckSuiteNode | null> } | null;
        status: { contexts: Array<{ context: string; state: string }> } | null;
      };
    } | null>;
  };
}

const REVIEW_FIELDS = 'id url body createdAt lastEditedAt author { login __typename } editor { login }';

const PULLS_QUERY = `query($owner: String!, $name: String!, $after: String, $check: String!) {
  repository(owner: $owner, name: $name) {
    pullRequests(first: ${PULLS_PER_PAGE}, after: $after, orderBy: { field: UPDATED_AT, direction: DESC }) {
      pageInfo { hasNextPage endCursor }
      nodes {
        id number title url state createdAt updatedAt mergedAt mergedBy { login } author { login } baseRefOid headRefOid
        comments(first: 100) { pageInfo { hasNextPage endCursor } nodes { ${COMMENT_FIELDS} } }
        reviews(first: 100) { pageInfo { hasNextPage endCursor } nodes { ${REVIEW_FIELDS} } }
        commits(last: 1) { nodes { commit { oid
          checkSuites(first: 50) { nodes { app { slug } checkRuns(first: 20, filterBy: { checkName: $check }) { nodes { name status conclusion completedAt url } } } }
          status { contexts { context state } }
        } } }
      }
    }
  }
}`;

const moreQuery = (connection: 'comments' | 'reviews', fields: string) => `query($id: ID!, $after: String!) {
  node(id: $id) { ... on PullRequest { ${connection}(first: 100, after: $after) { pageInfo { hasNextPage endCursor } nodes { ${fields} } } } }
}`;

export interface AuditReadOptions {
  repo: RepoRef;
  /** PRs last updated before this time are not read (the list is newest update first). */
  since: string;
  checkName: string;
}

/** Every PR updated since `since`, newest update first, with what an audit needs. */
export async function readAuditPullRequests(api: GitHubApi, options: AuditReadOptions): Promise<AuditPullRequest[]> {
  const pulls: AuditPullRequest[] = [];
  let after: string | null = null;
  for (;;) {
    const data = (await api.graphql(PULLS_QUERY, {
      owner: options.repo.owner,
      name: options.repo.repo,
      after,
      check: options.checkName,
    })) as {
      repository: { pullRequests: Page<PullNode> } | null;
    };
    const page = data.repository?.pullRequests;
    if (!page) throw new GitHubPortError(`the repository ${options.repo.owner}/${options.repo.repo} was not found`);
    const nodes = page.nodes.filter((n): n is PullNode => n !== null);
    for (const node of nodes) {
      if (Date.parse(node.updatedAt) < Date.parse(options.since)) return pulls;
      pulls.push(await toPull(api, node, options.checkName));
    }
    if (!page.pageInfo.hasNextPage || page.pageInfo.endCursor === null) return pulls;
    after = page.pageInfo.endCursor;
  }
}

async function toPull(api: GitHubApi, node: PullNode, checkName: string): Promise<AuditPullRequest> {
  const comments = (await allPages<CommentNode>(api, node, 'comments', COMMENT_FIELDS)).map(toComment);
  const reviews = (await allPages<ReviewNode>(api, node, 'reviews', REVIEW_FIELDS)).map(toReview);
  const head = node.commits.nodes.at(-1)?.commit;
  return {
    number: node.number,
    title: node.title,
    url: node.url,
    state: node.state,
    author: node.author?.login ?? 'ghost',
    createdAt: node.createdAt,
    updatedAt: node.updatedAt,
    mergedAt: node.mergedAt,
    mergedBy: node.mergedBy?.login ?? null,
    baseSha: node.baseRefOid,
    headSha: node.headRefOid,
    comments: [...comments, ...reviews].sort((a, b) => Date.parse(a.createdAt) - Date.parse(b.createdAt)),
    checkRuns: head?.oid === node.headRefOid ? checkRunsOf(head.checkSuites?.nodes ?? []) : [],
    statuses: head?.oid === node.headRefOid ? (head.status?.contexts ?? []).filter((c) => c.context === checkName) : [],
  };
}

function checkRunsOf(suites: ReadonlyArray<CheckSuiteNode | null>): AuditCheckRun[] {
  return suites.flatMap((suite) =>
    (suite?.checkRuns.nodes ?? []).flatMap((run) =>
      run === null
        ? []
        : [
            {
              name: run.name,
              status: run.status.toLowerCase(),
              conclusion: run.conclusion === null ? null : run.conclusion.toLowerCase(),
              completedAt: run.completedAt,
              app: suite?.app?.slug ?? null,
              url: run.url,
            },
          ],
    ),
  );
}

function toReview(node: ReviewNode): CommandComment {
  return {
    id: node.id,
    url: node.url,
    body: node.body,
    createdAt: node.createdAt,
    lastEditedAt: node.lastEditedAt,
    kind: 'review',
    author: {
      login: node.author?.login ?? 'ghost',
      isBot: node.author?.__typename !== 'User',
      editor: node.editor?.login ?? (node.lastEditedAt ? 'ghost' : null),
    },
  };
}

/** The first page read with the PR, then one query per further page: an audit never judges part of a thread. */
async function allPages<T>(api: GitHubApi, pr: PullNode, connection: 'comments' | 'reviews', fields: string): Promise<T[]> {
  const first = pr[connection] as unknown as Page<T>;
  const nodes = first.nodes.filter((n): n is T => n !== null);
  let info = first.pageInfo;
  while (info.hasNextPage && info.endCursor) {
    const more = (await api.graphql(moreQuery(connection, fields), { id: pr.id, after: info.endCursor })) as {
      node: Record<typeof connection, Page<T>> | null;
    };
    const page = more.node?.[connection];
    if (!page)
      throw new GitHubPortError(`the ${connection} of pull request #${pr.number} could not be read past the first ${nodes.length}`);
    nodes.push(...page.nodes.filter((n): n is T => n !== null));
    info = page.pageInfo;
  }
  return nodes;
}
