// A commit's check suites (with their runs) and its commit statuses as GraphQL objects, as GitHub shows them on a
// Commit: suites of every app, runs filtered by name, and the latest status of each context.
import type { AppIdentity, Actor } from '../identities.ts';
import type { Links } from '../json/links.ts';
import type { CheckRunRecord, RepoRecord, StandInState, StatusRecord } from '../state.ts';
import { connection, type ConnectionArgs } from './connection.ts';

type Source = Record<string, unknown>;
type ActorObject = (actor: Actor, links: Links) => Source;

interface CheckRunFilter {
  checkName?: string | null;
  appId?: number | null;
}

/** The fields `checkSuites` and `status` of the Commit `oid`. */
export function commitCheckFields(state: StandInState, repo: RepoRecord, oid: string, links: Links, actor: ActorObject): Source {
  return {
    checkSuites: (args: ConnectionArgs & { filterBy?: { appId?: number | null; checkName?: string | null } | null }) => {
      const suites = state
        .checkSuitesFor(repo.fullName, oid)
        .filter((suite) => args.filterBy?.appId == null || suite.app.id === args.filterBy.appId)
        .map((suite) => ({
          __typename: 'CheckSuite',
          id: suite.nodeId,
          databaseId: suite.id,
          createdAt: suite.createdAt,
          app: appObject(suite.app),
          checkRuns: (runArgs: ConnectionArgs & { filterBy?: CheckRunFilter | null }) =>
            connection(
              state
                .checkRunsFor(repo.fullName, oid)
                .filter(
                  (run) =>
                    run.checkSuiteId === suite.id && (runArgs.filterBy?.checkName == null || run.name === runArgs.filterBy.checkName),
                )
                .map((run) => checkRunObject(run, repo, links)),
              runArgs,
              'checkRuns',
            ),
        }));
      return connection(suites, args, 'checkSuites');
    },
    status: () => statusObject(state.statusesFor(repo.fullName, oid), oid, links, actor),
  };
}

function appObject(app: AppIdentity): Source {
  return { __typename: 'App', id: `A_${app.id}`, databaseId: app.id, slug: app.slug, name: app.name };
}

function checkRunObject(run: CheckRunRecord, repo: RepoRecord, links: Links): Source {
  return {
    __typename: 'CheckRun',
    id: run.nodeId,
    databaseId: run.id,
    name: run.name,
    status: run.status.toUpperCase(),
    conclusion: run.conclusion === null ? null : run.conclusion.toUpperCase(),
    startedAt: run.startedAt,
    completedAt: run.completedAt,
    detailsUrl: run.detailsUrl,
    url: `${links.web}/${repo.fullName}/runs/${run.id}`,
  };
}

/** GitHub's Status of a commit: null without statuses; one context per name, the latest written. */
function statusObject(statuses: StatusRecord[], oid: string, links: Links, actor: ActorObject): Source | null {
  if (statuses.length === 0) return null;
  const latest = new Map<string, StatusRecord>();
  for (const status of [...statuses].sort((a, b) => a.id - b.id)) latest.set(status.context, status);
  const contexts = [...latest.values()].map((status) => ({
    __typename: 'StatusContext',
    id: status.nodeId,
    context: status.context,
    state: status.state.toUpperCase(),
    description: status.description,
    targetUrl: status.targetUrl,
    createdAt: status.createdAt,
    creator: actor(status.creator, links),
  }));
  const states = contexts.map((c) => c.state);
  const combined = states.some((s) => s === 'ERROR' || s === 'FAILURE')
    ? 'FAILURE'
    : states.some((s) => s === 'PENDING')
      ? 'PENDING'
      : 'SUCCESS';
  return { __typename: 'Status', id: `S_${oid}`, state: combined, contexts };
}
