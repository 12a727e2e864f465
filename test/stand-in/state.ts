// Everything the stand-in knows: repositories backed by real git directories, pull requests, comments, checks, people and tokens.
import { GitReader } from './git-reader.ts';
import {
  GITHUB_ACTIONS_APP,
  defaultTokens,
  type Actor,
  type ActorType,
  type AppIdentity,
  type TokenRecord,
  type TokenSpec,
} from './identities.ts';
import type {
  AuthorAssociation,
  CheckRunRecord,
  CheckSuiteRecord,
  CommentOptions,
  CommentRecord,
  LineCommentOptions,
  LineCommentRecord,
  PullRequestOptions,
  PullRequestRecord,
  RepoOptions,
  RepoRecord,
  ReviewOptions,
  ReviewRecord,
  RoleName,
  StatusRecord,
} from './records.ts';

export type * from './records.ts';

/** ISO 8601 to the second, in UTC, as GitHub prints times. */
function githubTime(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** A GitHub-looking global node id, e.g. `IC_kwDOAAAAAQ`. */
export function nodeId(prefix: string, id: number): string {
  return `${prefix}_kwDO${Buffer.from(String(id)).toString('base64url')}`;
}

export class StandInState {
  /** the clock of every timestamp the stand-in writes; replace it to control time */
  clock: () => Date = () => new Date();
  /** X-RateLimit-Limit of every token */
  rateLimit = 5000;

  readonly repos = new Map<string, RepoRecord>();
  readonly pullRequests: PullRequestRecord[] = [];
  readonly comments: CommentRecord[] = [];
  readonly reviews: ReviewRecord[] = [];
  readonly lineComments: LineCommentRecord[] = [];
  readonly checkRuns: CheckRunRecord[] = [];
  readonly checkSuites: CheckSuiteRecord[] = [];
  readonly statuses: StatusRecord[] = [];
  readonly tokens = new Map<string, TokenRecord>();
  readonly #actors = new Map<string, Actor>();
  /** repo full name → login → role */
  readonly #roles = new Map<string, Map<string, RoleName>>();
  /** `org/team-slug` → login → role */
  readonly #teams = new Map<string, Map<string, 'member' | 'maintainer'>>();
  readonly #rateUsed = new Map<string, number>();
  #nextId = 1;

  constructor(tokens: TokenSpec[] = defaultTokens()) {
    for (const spec of tokens) this.addToken(spec);
  }

  now(): string {
    return githubTime(this.clock());
  }

  /** A fresh id; ids of all kinds share one sequence so a wrong id never finds a wrong object. */
  newId(): number {
    return this.#nextId++;
  }

  actor(login: string, type?: ActorType): Actor {
    const key = login.toLowerCase();
    let actor = this.#actors.get(key);
    if (!actor) {
      const id = 1000 + this.#actors.size;
      const resolvedType = type ?? (login.endsWith('[bot]') ? 'Bot' : 'User');
      actor = {
        login,
        id,
        type: resolvedType,
        nodeId: nodeId(resolvedType === 'Bot' ? 'BOT' : resolvedType === 'Organization' ? 'O' : 'U', id),
      };
      this.#actors.set(key, actor);
    }
    return actor;
  }

  findActor(login: string): Actor | undefined {
    return this.#actors.get(login.toLowerCase());
  }

  addToken(spec: TokenSpec): TokenRecord {
    const kind = spec.kind ?? (spec.login.endsWith('[bot]') ? 'installation' : 'user');
    const record: TokenRecord = {
      token: spec.token,
      actor: this.actor(spec.login),
      kind,
      permissions: { metadata: 'read', ...spec.permissions },
      app: spec.app,
      expiresAt: spec.expiresAt,
    };
    this.tokens.set(spec.token, record);
    return record;
  }

  /** Counts a request against the token's primary rate limit and returns what is left. */
  spendRateLimit(token: string, points: number): { limit: number; used: number; remaining: number } {
    const used = (this.#rateUsed.get(token) ?? 0) + points;
    this.#rateUsed.set(token, used);
    return { limit: this.rateLimit, used, remaining: Math.max(0, this.rateLimit - used) };
  }

  rateLimitOf(token: string): { limit: number; used: number; remaining: number } {
    const used = this.#rateUsed.get(token) ?? 0;
    return { limit: this.rateLimit, used, remaining: Math.max(0, this.rateLimit - used) };
  }

  addRepo(options: RepoOptions): RepoRecord {
    const id = this.newId();
    const owner = this.actor(options.owner, options.ownerType ?? 'Organization');
    const repo: RepoRecord = {
      id,
      nodeId: nodeId('R', id),
      owner,
      name: options.name,
      fullName: `${owner.login}/${options.name}`,
      dir: options.dir,
      defaultBranch: options.defaultBranch ?? 'main',
      private: options.private ?? true,
      createdAt: this.now(),
      git: new GitReader(options.dir),
    };
    this.repos.set(repo.fullName.toLowerCase(), repo);
    return repo;
  }

  repo(fullName: string): RepoRecord | undefined {
    return this.repos.get(fullName.toLowerCase());
  }

  #requireRepo(fullName: string): RepoRecord {
    const repo = this.repo(fullName);
    if (!repo) throw new Error(`no repository ${fullName} in the stand-in`);
    return repo;
  }

  addPullRequest(options: PullRequestOptions): PullRequestRecord {
    const repo = this.#requireRepo(options.repo);
    const number = options.number ?? Math.max(0, ...this.pullRequests.filter((p) => p.repo === repo).map((p) => p.number)) + 1;
    if (this.pullRequest(repo.fullName, number)) throw new Error(`pull request #${number} exists in ${repo.fullName}`);
    const id = this.newId();
    const now = this.now();
    const pull: PullRequestRecord = {
      id,
      nodeId: nodeId('PR', id),
      repo,
      number,
      title: options.title ?? `Pull request ${number}`,
      body: options.body ?? '',
      author: this.actor(options.author),
      state: options.state ?? 'open',
      merged: options.merged ?? false,
      draft: options.draft ?? false,
      head: { ...options.head, repo },
      base: { ...options.base },
      createdAt: now,
      updatedAt: now,
      closedAt: options.state === 'closed' ? now : null,
      forcePushes: [],
    };
    this.pullRequests.push(pull);
    // the head was pushed to its branch to open the PR: GitHub Actions gets a suite for it
    if (options.actionsSuite !== false) this.checkSuite(repo, pull.head.sha, GITHUB_ACTIONS_APP, pull.head.ref);
    return pull;
  }

  pullRequest(repoFullName: string, number: number): PullRequestRecord | undefined {
    const repo = this.repo(repoFullName);
    return this.pullRequests.find((p) => p.repo === repo && p.number === number);
  }

  /**
   * Moves a pull request's head, as a push to its branch does; GitHub Actions gets a suite for the new head at this
   * moment (unless `actionsSuite: false`), whatever date the commit carries.
   */
  pushToPullRequest(
    repoFullName: string,
    number: number,
    headSha: string,
    options: { actionsSuite?: boolean; force?: boolean } = {},
  ): PullRequestRecord {
    const pull = this.pullRequest(repoFullName, number);
    if (!pull) throw new Error(`no pull request #${number} in ${repoFullName}`);
    const before = pull.head.sha;
    pull.head.sha = headSha;
    pull.updatedAt = this.now();
    // A force push is an event of the PR's timeline, with the time GitHub saw it.
    if (options.force === true)
      pull.forcePushes.push({ id: this.newId(), before, after: headSha, createdAt: pull.updatedAt, actor: pull.author });
    if (options.actionsSuite !== false) this.checkSuite(pull.repo, headSha, GITHUB_ACTIONS_APP, pull.head.ref);
    return pull;
  }

  addComment(options: CommentOptions, app?: AppIdentity): CommentRecord {
    const repo = this.#requireRepo(options.repo);
    const author = this.actor(options.author);
    const id = this.newId();
    const createdAt = options.createdAt === undefined ? this.now() : githubTime(new Date(options.createdAt));
    const comment: CommentRecord = {
      id,
      nodeId: nodeId('IC', id),
      repo,
      issueNumber: options.issueNumber,
      body: options.body,
      author,
      authorAssociation: options.authorAssociation ?? this.association(repo, author),
      createdAt,
      updatedAt: createdAt,
      lastEditedAt: null,
      editor: null,
      edits: [],
      reactions: [],
      app,
    };
    this.comments.push(comment);
    // A comment on a pull request updates it, as on GitHub (the audit lists PRs by their last update).
    const pull = this.pullRequest(repo.fullName, options.issueNumber);
    if (pull && Date.parse(createdAt) > Date.parse(pull.updatedAt)) pull.updatedAt = createdAt;
    return comment;
  }

  /** Merges an open pull request, as `login`: closed, merged, with the time and the merger GitHub records. */
  mergePullRequest(repoFullName: string, number: number, login: string): PullRequestRecord {
    const pull = this.pullRequest(repoFullName, number);
    if (pull?.state !== 'open') throw new Error(`no open pull request #${number} in ${repoFullName}`);
    const now = this.now();
    Object.assign(pull, { state: 'closed', merged: true, mergedAt: now, mergedBy: this.actor(login), closedAt: now, updatedAt: now });
    return pull;
  }

  comment(id: number): CommentRecord | undefined {
    return this.comments.find((c) => c.id === id);
  }

  commentsOn(repoFullName: string, issueNumber: number): CommentRecord[] {
    const repo = this.repo(repoFullName);
    return this.comments.filter((c) => c.repo === repo && c.issueNumber === issueNumber);
  }

  /** Edits a comment as `editorLogin`, keeping the edit history GitHub shows (lastEditedAt, editor). */
  editComment(id: number, body: string, editorLogin: string): CommentRecord {
    const comment = this.comment(id);
    if (!comment) throw new Error(`no comment ${id}`);
    const editedAt = this.now();
    const editor = this.actor(editorLogin);
    comment.edits.push({ editedAt, editor, previousBody: comment.body });
    comment.body = body;
    comment.lastEditedAt = editedAt;
    comment.updatedAt = editedAt;
    comment.editor = editor;
    return comment;
  }

  deleteComment(id: number): boolean {
    const index = this.comments.findIndex((c) => c.id === id);
    if (index < 0) return false;
    this.comments.splice(index, 1);
    return true;
  }

  /** A review submitted now (or left pending with `state: 'PENDING'`), started at `createdAt`. */
  addReview(options: ReviewOptions): ReviewRecord {
    const repo = this.#requireRepo(options.repo);
    const pull = this.pullRequest(repo.fullName, options.pullNumber);
    if (!pull) throw new Error(`no pull request #${options.pullNumber} in ${repo.fullName}`);
    const author = this.actor(options.author);
    const id = this.newId();
    const now = this.now();
    const state = options.state ?? 'COMMENTED';
    const review: ReviewRecord = {
      id,
      nodeId: nodeId('PRR', id),
      repo,
      pullNumber: pull.number,
      body: options.body,
      author,
      authorAssociation: this.association(repo, author),
      state,
      commitId: options.commitId ?? pull.head.sha,
      createdAt: options.createdAt === undefined ? now : githubTime(new Date(options.createdAt)),
      submittedAt: state === 'PENDING' ? null : now,
      updatedAt: now,
      lastEditedAt: null,
      editor: null,
      edits: [],
    };
    this.reviews.push(review);
    // As on GitHub, a review updates its pull request.
    if (Date.parse(now) > Date.parse(pull.updatedAt)) pull.updatedAt = now;
    return review;
  }

  review(id: number): ReviewRecord | undefined {
    return this.reviews.find((r) => r.id === id);
  }

  reviewsOn(repoFullName: string, pullNumber: number): ReviewRecord[] {
    const repo = this.repo(repoFullName);
    return this.reviews.filter((r) => r.repo === repo && r.pullNumber === pullNumber);
  }

  /** Edits a review's body as `editorLogin`, as a comment is edited. */
  editReview(id: number, body: string, editorLogin: string): ReviewRecord {
    const review = this.review(id);
    if (!review) throw new Error(`no review ${id}`);
    const editedAt = this.now();
    const editor = this.actor(editorLogin);
    review.edits.push({ editedAt, editor, previousBody: review.body });
    Object.assign(review, { body, lastEditedAt: editedAt, updatedAt: editedAt, editor });
    return review;
  }

  dismissReview(id: number): ReviewRecord {
    const review = this.review(id);
    if (!review) throw new Error(`no review ${id}`);
    Object.assign(review, { state: 'DISMISSED', updatedAt: this.now() });
    return review;
  }

  /** A comment on a line of the PR's head, in a review of its own (as a single comment is), or a reply in a thread. */
  addLineComment(options: LineCommentOptions & { inReplyTo?: number }): LineCommentRecord {
    const repo = this.#requireRepo(options.repo);
    const pull = this.pullRequest(repo.fullName, options.pullNumber);
    if (!pull) throw new Error(`no pull request #${options.pullNumber} in ${repo.fullName}`);
    const author = this.actor(options.author);
    const id = this.newId();
    const comment: LineCommentRecord = {
      id,
      nodeId: nodeId('PRRC', id),
      repo,
      pullNumber: pull.number,
      reviewId: null,
      body: options.body,
      author,
      authorAssociation: this.association(repo, author),
      path: options.path,
      line: options.line ?? 1,
      commitId: pull.head.sha,
      inReplyTo: options.inReplyTo ?? null,
      createdAt: this.now(),
    };
    this.lineComments.push(comment);
    return comment;
  }

  lineComment(id: number): LineCommentRecord | undefined {
    return this.lineComments.find((c) => c.id === id);
  }

  /** The suite of (repository, commit, App), created now when there is none yet (by a push or a first check run). */
  checkSuite(repo: RepoRecord, headSha: string, app: AppIdentity, headBranch: string | null = null): CheckSuiteRecord {
    let suite = this.checkSuites.find((s) => s.repo === repo && s.headSha === headSha && s.app.id === app.id);
    if (!suite) {
      const id = this.newId();
      suite = { id, nodeId: nodeId('CS', id), repo, headSha, headBranch, app, createdAt: this.now() };
      this.checkSuites.push(suite);
    }
    return suite;
  }

  checkSuiteId(repo: RepoRecord, headSha: string, app: AppIdentity): number {
    return this.checkSuite(repo, headSha, app).id;
  }

  checkSuitesFor(repoFullName: string, headSha?: string): CheckSuiteRecord[] {
    const repo = this.repo(repoFullName);
    return this.checkSuites.filter((suite) => suite.repo === repo && (headSha === undefined || suite.headSha === headSha));
  }

  checkRunsFor(repoFullName: string, headSha?: string): CheckRunRecord[] {
    const repo = this.repo(repoFullName);
    return this.checkRuns.filter((run) => run.repo === repo && (headSha === undefined || run.headSha === headSha));
  }

  statusesFor(repoFullName: string, sha?: string): StatusRecord[] {
    const repo = this.repo(repoFullName);
    return this.statuses.filter((status) => status.repo === repo && (sha === undefined || status.sha === sha));
  }

  setRole(repoFullName: string, login: string, role: RoleName): void {
    const key = repoFullName.toLowerCase();
    const roles = this.#roles.get(key) ?? new Map<string, RoleName>();
    roles.set(login.toLowerCase(), role);
    this.#roles.set(key, roles);
    this.actor(login);
  }

  roleOf(repo: RepoRecord, login: string): RoleName | undefined {
    if (repo.owner.type === 'User' && repo.owner.login.toLowerCase() === login.toLowerCase()) return 'admin';
    return this.#roles.get(repo.fullName.toLowerCase())?.get(login.toLowerCase());
  }

  addTeamMember(org: string, teamSlug: string, login: string, role: 'member' | 'maintainer' = 'member'): void {
    const key = `${org}/${teamSlug}`.toLowerCase();
    const members = this.#teams.get(key) ?? new Map<string, 'member' | 'maintainer'>();
    members.set(login.toLowerCase(), role);
    this.#teams.set(key, members);
    this.actor(login);
  }

  removeTeamMember(org: string, teamSlug: string, login: string): void {
    this.#teams.get(`${org}/${teamSlug}`.toLowerCase())?.delete(login.toLowerCase());
  }

  teamRole(org: string, teamSlug: string, login: string): 'member' | 'maintainer' | undefined {
    return this.#teams.get(`${org}/${teamSlug}`.toLowerCase())?.get(login.toLowerCase());
  }

  teamExists(org: string, teamSlug: string): boolean {
    return this.#teams.has(`${org}/${teamSlug}`.toLowerCase());
  }

  isOrgMember(org: string, login: string): boolean {
    const prefix = `${org.toLowerCase()}/`;
    return [...this.#teams].some(([key, members]) => key.startsWith(prefix) && members.has(login.toLowerCase()));
  }

  /** How GitHub would label the author of a new comment. */
  association(repo: RepoRecord, actor: Actor): AuthorAssociation {
    if (actor.type === 'Bot') return 'NONE';
    if (actor.login.toLowerCase() === repo.owner.login.toLowerCase()) return 'OWNER';
    if (repo.owner.type === 'Organization' && this.isOrgMember(repo.owner.login, actor.login)) return 'MEMBER';
    if (this.roleOf(repo, actor.login)) return 'COLLABORATOR';
    if (this.pullRequests.some((p) => p.repo === repo && p.merged && p.author === actor)) return 'CONTRIBUTOR';
    return 'NONE';
  }

  close(): void {
    for (const repo of this.repos.values()) repo.git.close();
  }
}
