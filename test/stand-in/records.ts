// The records the stand-in keeps, as plain data.
import type { GitReader } from './git-reader.ts';
import type { Actor, AppIdentity } from './identities.ts';

export type RoleName = 'admin' | 'maintain' | 'write' | 'triage' | 'read';
export type AuthorAssociation =
  | 'OWNER'
  | 'MEMBER'
  | 'COLLABORATOR'
  | 'CONTRIBUTOR'
  | 'FIRST_TIME_CONTRIBUTOR'
  | 'FIRST_TIMER'
  | 'MANNEQUIN'
  | 'NONE';

export interface RepoRecord {
  id: number;
  nodeId: string;
  owner: Actor;
  name: string;
  fullName: string;
  dir: string;
  defaultBranch: string;
  private: boolean;
  createdAt: string;
  git: GitReader;
}

export interface PullRequestRecord {
  id: number;
  nodeId: string;
  repo: RepoRecord;
  number: number;
  title: string;
  body: string;
  author: Actor;
  state: 'open' | 'closed';
  merged: boolean;
  draft: boolean;
  head: { sha: string; ref: string; repo: RepoRecord };
  base: { sha: string; ref: string };
  createdAt: string;
  updatedAt: string;
  closedAt: string | null;
  /** The PR timeline's head_ref_force_pushed events, oldest first. */
  forcePushes: Array<{ id: number; before: string; after: string; createdAt: string; actor: Actor }>;
  /** Every review request made on it, in order, and by whom: so that a test sees each notification. */
  reviewRequests?: Array<{ reviewers: string[]; teamReviewers: string[]; by: string }>;
  /** Set by a merge (mergePullRequest): when, and by whom. */
  mergedAt?: string | null;
  mergedBy?: Actor | null;
}

interface CommentEdit {
  editedAt: string;
  editor: Actor;
  previousBody: string;
}

export interface ReactionRecord {
  id: number;
  nodeId: string;
  user: Actor;
  content: string;
  createdAt: string;
}

export interface CommentRecord {
  id: number;
  nodeId: string;
  repo: RepoRecord;
  issueNumber: number;
  body: string;
  author: Actor;
  authorAssociation: AuthorAssociation;
  createdAt: string;
  updatedAt: string;
  lastEditedAt: string | null;
  editor: Actor | null;
  edits: CommentEdit[];
  reactions: ReactionRecord[];
  app: AppIdentity | undefined;
}

export type ReviewState = 'APPROVED' | 'CHANGES_REQUESTED' | 'COMMENTED' | 'DISMISSED' | 'PENDING';

/** A pull request review: its body is read like a comment; edits keep a history as comments do. */
export interface ReviewRecord {
  id: number;
  nodeId: string;
  repo: RepoRecord;
  pullNumber: number;
  body: string;
  author: Actor;
  authorAssociation: AuthorAssociation;
  state: ReviewState;
  /** the commit the review was made on */
  commitId: string;
  createdAt: string;
  submittedAt: string | null;
  updatedAt: string;
  lastEditedAt: string | null;
  editor: Actor | null;
  edits: CommentEdit[];
}

/** A comment on a line of a pull request's code (a review comment), or a reply in its thread. */
export interface LineCommentRecord {
  id: number;
  nodeId: string;
  repo: RepoRecord;
  pullNumber: number;
  reviewId: number | null;
  body: string;
  author: Actor;
  authorAssociation: AuthorAssociation;
  path: string;
  line: number;
  commitId: string;
  inReplyTo: number | null;
  createdAt: string;
}

export interface Annotation {
  path: string;
  start_line: number;
  end_line: number;
  start_column?: number;
  end_column?: number;
  annotation_level: 'notice' | 'warning' | 'failure';
  message: string;
  title?: string;
  raw_details?: string;
}

export interface CheckRunRecord {
  id: number;
  nodeId: string;
  repo: RepoRecord;
  name: string;
  headSha: string;
  status: 'queued' | 'in_progress' | 'completed' | 'waiting' | 'requested' | 'pending';
  conclusion: string | null;
  startedAt: string | null;
  completedAt: string | null;
  detailsUrl: string | null;
  externalId: string | null;
  output: { title: string | null; summary: string | null; text: string | null };
  annotations: Annotation[];
  actions: Array<{ label: string; description: string; identifier: string }>;
  app: AppIdentity;
  checkSuiteId: number;
  /** every PATCH the run received, in order, as sent */
  updates: unknown[];
}

/** A check suite: one per (repository, head commit, App), created by a push or by the first check run on the commit. */
export interface CheckSuiteRecord {
  id: number;
  nodeId: string;
  repo: RepoRecord;
  headSha: string;
  /** the branch whose push created it; null when a check run did */
  headBranch: string | null;
  app: AppIdentity;
  /** the stand-in's clock when it was created; never chosen by a client */
  createdAt: string;
}

export interface StatusRecord {
  id: number;
  nodeId: string;
  repo: RepoRecord;
  sha: string;
  state: 'error' | 'failure' | 'pending' | 'success';
  description: string | null;
  targetUrl: string | null;
  context: string;
  createdAt: string;
  creator: Actor;
}

export interface RepoOptions {
  owner: string;
  name: string;
  /** a real git repository on disk (see git-repo.ts) */
  dir: string;
  defaultBranch?: string;
  ownerType?: 'User' | 'Organization';
  private?: boolean;
}

export interface PullRequestOptions {
  repo: string;
  number?: number;
  head: { sha: string; ref: string };
  base: { sha: string; ref: string };
  author: string;
  title?: string;
  body?: string;
  state?: 'open' | 'closed';
  draft?: boolean;
  merged?: boolean;
  /** false: no GitHub Actions suite for the head (a repository where nothing reacts to pushes); default true */
  actionsSuite?: boolean;
}

export interface ReviewOptions {
  repo: string;
  pullNumber: number;
  body: string;
  author: string;
  /** default COMMENTED */
  state?: ReviewState;
  /** default the pull request's head */
  commitId?: string;
  /** when the review was started (a pending review is created before it is submitted); default now */
  createdAt?: Date | string;
}

export interface LineCommentOptions {
  repo: string;
  pullNumber: number;
  body: string;
  author: string;
  path: string;
  line?: number;
}

export interface CommentOptions {
  repo: string;
  issueNumber: number;
  body: string;
  author: string;
  authorAssociation?: AuthorAssociation;
  createdAt?: Date | string;
}
