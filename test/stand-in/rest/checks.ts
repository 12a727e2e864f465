// Check runs (create, get, update with appended annotations, list for a ref), check suites of a ref, and commit statuses
// (create, list for a ref).
import { HttpError, invalidRequest, validationFailed } from '../http-error.ts';
import { checkRun, checkSuite, commitStatus } from '../json/check.ts';
import { nodeId, type Annotation, type CheckRunRecord, type StatusRecord } from '../state.ts';
import { paginate, repoOf, tokenOf, type RestContext, type RestRoute } from './context.ts';

// GitHub keeps at most 1000 statuses per sha and context
const MAX_STATUSES_PER_CONTEXT = 1000;

interface CheckRunBody {
  name?: string;
  head_sha?: string;
  details_url?: string;
  external_id?: string;
  status?: CheckRunRecord['status'];
  conclusion?: string;
  started_at?: string;
  completed_at?: string;
  output?: { title?: string; summary?: string; text?: string; annotations?: Annotation[] };
  actions?: CheckRunRecord['actions'];
}

async function requireCommit(context: RestContext, sha: string): Promise<string> {
  const info = await repoOf(context).git.commit(sha);
  if (!info) throw new HttpError(422, `No commit found for SHA: ${sha}`, `no commit ${sha} in ${repoOf(context).fullName}`);
  return info.oid;
}

function checkAnnotations(annotations: Annotation[]): void {
  annotations.forEach((annotation, index) => {
    const columns = annotation.start_column !== undefined || annotation.end_column !== undefined;
    if (columns && annotation.start_line !== annotation.end_line) {
      throw invalidRequest(
        `body/output/annotations/${index}: start_column and end_column are only allowed when start_line equals end_line`,
      );
    }
    if (annotation.end_line < annotation.start_line)
      throw invalidRequest(`body/output/annotations/${index}: end_line is before start_line`);
  });
}

/** Applies a create or update body to a run the way GitHub merges them; checks everything before changing anything. */
function apply(run: CheckRunRecord, body: CheckRunBody, now: string): void {
  if (body.conclusion === 'stale') throw invalidRequest('body/conclusion stale can only be set by GitHub');
  checkAnnotations(body.output?.annotations ?? []);
  const conclusion = body.conclusion ?? run.conclusion;
  // providing a conclusion completes the run
  const status = body.conclusion !== undefined ? 'completed' : (body.status ?? run.status);
  if ((status === 'completed' || body.completed_at !== undefined) && conclusion === null) {
    throw validationFailed({
      resource: 'CheckRun',
      code: 'missing_field',
      field: 'conclusion',
      message: 'Conclusion required if status is completed or completed_at is set',
    });
  }
  if (body.name !== undefined) run.name = body.name;
  if (body.details_url !== undefined) run.detailsUrl = body.details_url;
  if (body.external_id !== undefined) run.externalId = body.external_id;
  if (body.started_at !== undefined) run.startedAt = body.started_at;
  run.status = status;
  run.conclusion = conclusion;
  if (status === 'completed') run.completedAt = body.completed_at ?? run.completedAt ?? now;
  if (body.output) {
    if (body.output.title !== undefined) run.output.title = body.output.title;
    if (body.output.summary !== undefined) run.output.summary = body.output.summary;
    if (body.output.text !== undefined) run.output.text = body.output.text;
    // later requests append annotations; they never replace earlier ones
    run.annotations.push(...(body.output.annotations ?? []));
  }
  if (body.actions !== undefined) run.actions = body.actions;
}

const checksApp = (context: RestContext) => {
  const token = tokenOf(context);
  // only GitHub Apps (GITHUB_TOKEN included) may write checks; personal tokens get this 403
  if (token.kind !== 'installation' || !token.app) throw new HttpError(403, 'Resource not accessible by personal access token');
  return token.app;
};

export const checkRoutes: Record<string, RestRoute> = {
  'checks/create': {
    auth: 'token',
    requires: [['checks', 'write']],
    async handle(context) {
      const app = checksApp(context);
      const repo = repoOf(context);
      const body = context.body as CheckRunBody;
      const headSha = await requireCommit(context, String(body.head_sha));
      const id = context.state.newId();
      const now = context.state.now();
      const run: CheckRunRecord = {
        id,
        nodeId: nodeId('CR', id),
        repo,
        name: String(body.name),
        headSha,
        status: 'queued',
        conclusion: null,
        startedAt: now,
        completedAt: null,
        detailsUrl: null,
        externalId: null,
        output: { title: null, summary: null, text: null },
        annotations: [],
        actions: [],
        app,
        checkSuiteId: context.state.checkSuiteId(repo, headSha, app),
        updates: [structuredClone(body)],
      };
      apply(run, body, now);
      context.state.checkRuns.push(run);
      return { status: 201, body: checkRun(run, context.state, context.links) };
    },
  },
  'checks/update': {
    auth: 'token',
    requires: [['checks', 'write']],
    handle(context) {
      const app = checksApp(context);
      const repo = repoOf(context);
      const run = context.state.checkRuns.find((r) => r.id === Number(context.params.check_run_id) && r.repo === repo);
      if (!run) throw new HttpError(404, 'Not Found');
      // an App may only update its own check runs
      if (run.app.id !== app.id)
        throw new HttpError(
          403,
          `Invalid app_id \`${app.id}\` - check run can only be modified by the GitHub App that created it.`,
          `check run ${run.id} belongs to ${run.app.slug}`,
        );
      apply(run, context.body as CheckRunBody, context.state.now());
      run.updates.push(structuredClone(context.body));
      return { status: 200, body: checkRun(run, context.state, context.links) };
    },
  },
  'checks/get': {
    auth: 'token',
    requires: [['checks', 'read']],
    handle(context) {
      const repo = repoOf(context);
      const run = context.state.checkRuns.find((r) => r.id === Number(context.params.check_run_id) && r.repo === repo);
      if (!run) throw new HttpError(404, 'Not Found');
      return { status: 200, body: checkRun(run, context.state, context.links) };
    },
  },
  'checks/list-for-ref': {
    auth: 'token',
    requires: [['checks', 'read']],
    async handle(context) {
      const repo = repoOf(context);
      const sha = await requireCommit(context, String(context.params.ref));
      let runs = context.state.checkRunsFor(repo.fullName, sha).sort((a, b) => b.id - a.id);
      if (context.query.check_name !== undefined) runs = runs.filter((run) => run.name === context.query.check_name);
      if (context.query.status !== undefined) runs = runs.filter((run) => run.status === context.query.status);
      if (context.query.app_id !== undefined) runs = runs.filter((run) => run.app.id === Number(context.query.app_id));
      // filter=latest (the default) keeps the newest run of each name
      if (context.query.filter !== 'all') runs = runs.filter((run, index) => runs.findIndex((other) => other.name === run.name) === index);
      const { page, headers } = paginate(context, runs);
      return {
        status: 200,
        body: { total_count: runs.length, check_runs: page.map((run) => checkRun(run, context.state, context.links)) },
        headers,
      };
    },
  },
  'checks/list-suites-for-ref': {
    auth: 'token',
    requires: [['checks', 'read']],
    async handle(context) {
      const repo = repoOf(context);
      const commit = await repo.git.commit(String(context.params.ref));
      if (!commit)
        throw new HttpError(
          422,
          `No commit found for SHA: ${String(context.params.ref)}`,
          `no commit ${String(context.params.ref)} in ${repo.fullName}`,
        );
      let suites = context.state.checkSuitesFor(repo.fullName, commit.oid).sort((a, b) => a.id - b.id);
      if (context.query.app_id !== undefined) suites = suites.filter((suite) => suite.app.id === Number(context.query.app_id));
      if (context.query.check_name !== undefined) {
        suites = suites.filter((suite) =>
          context.state.checkRuns.some((run) => run.checkSuiteId === suite.id && run.name === context.query.check_name),
        );
      }
      const { page, headers } = paginate(context, suites);
      return {
        status: 200,
        body: { total_count: suites.length, check_suites: page.map((suite) => checkSuite(suite, commit, context.state, context.links)) },
        headers,
      };
    },
  },
  'repos/create-commit-status': {
    auth: 'token',
    requires: [['statuses', 'write']],
    async handle(context) {
      const repo = repoOf(context);
      const sha = await requireCommit(context, String(context.params.sha));
      const body = context.body as {
        state: StatusRecord['state'];
        target_url?: string | null;
        description?: string | null;
        context?: string;
      };
      const statusContext = body.context ?? 'default';
      if (context.state.statusesFor(repo.fullName, sha).filter((s) => s.context === statusContext).length >= MAX_STATUSES_PER_CONTEXT) {
        throw validationFailed({
          resource: 'Status',
          code: 'custom',
          message: `This SHA and context has reached the maximum number of statuses.`,
        });
      }
      const id = context.state.newId();
      const status: StatusRecord = {
        id,
        nodeId: nodeId('SC', id),
        repo,
        sha,
        state: body.state,
        description: body.description ?? null,
        targetUrl: body.target_url ?? null,
        context: statusContext,
        createdAt: context.state.now(),
        creator: tokenOf(context).actor,
      };
      context.state.statuses.push(status);
      return { status: 201, body: commitStatus(status, context.links) };
    },
  },
  'repos/list-commit-statuses-for-ref': {
    auth: 'token',
    requires: [['statuses', 'read']],
    async handle(context) {
      const repo = repoOf(context);
      const sha = await requireCommit(context, String(context.params.ref));
      // newest first, as GitHub lists them
      const statuses = context.state.statusesFor(repo.fullName, sha).sort((a, b) => b.id - a.id);
      const { page, headers } = paginate(context, statuses);
      return { status: 200, body: page.map((status) => commitStatus(status, context.links)), headers };
    },
  },
};
