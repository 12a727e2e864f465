// What GitHub shows on the PR's head commit, read with the PR snapshot instead of three REST requests: the check suites
// (whose earliest creation bounds when the head was pushed) and the runs and statuses named like the gate's check.
import type { GitHubApi } from './api.ts';
import type { HeadChecks } from '../ports/github.ts';

/** The first 100 suites and, in each, the first 100 runs of the check's name: one page, as the REST reads were. */
export const HEAD_CHECK_FIELDS = `oid
  checkSuites(first: 100) { nodes { createdAt app { databaseId slug } checkRuns(first: 100, filterBy: { checkName: $checkName }) { nodes { status conclusion } } } }
  status { contexts { context state creator { login } } }`;

export interface HeadCommitNode {
  oid: string;
  checkSuites?: {
    nodes: Array<{
      createdAt?: string;
      app: { databaseId?: number | null; slug?: string | null } | null;
      checkRuns?: { nodes: Array<{ status: string; conclusion: string | null } | null> };
    } | null>;
  } | null;
  status?: { contexts: Array<{ context: string; state: string; creator: { login: string } | null }> } | null;
}

/** Undefined when the commit read is not the head (or was not readable): the REST reads are made instead. */
export function toHeadChecks(headSha: string, commit: HeadCommitNode | undefined): HeadChecks | undefined {
  if (commit?.oid !== headSha || commit.checkSuites == null) return undefined;
  const suites = commit.checkSuites.nodes.filter((suite) => suite !== null);
  let earliest: { iso: string; ms: number } | null = null;
  for (const suite of suites) {
    const ms = typeof suite.createdAt === 'string' ? Date.parse(suite.createdAt) : Number.NaN;
    if (!Number.isNaN(ms) && (earliest === null || ms < earliest.ms)) earliest = { iso: suite.createdAt!, ms };
  }
  return {
    earliestSuite: earliest?.iso ?? null,
    runs: suites.flatMap((suite) =>
      (suite.checkRuns?.nodes ?? [])
        .filter((run) => run !== null)
        .map((run) => ({
          appId: suite.app?.databaseId ?? null,
          appSlug: suite.app?.slug ?? null,
          state: (run.conclusion ?? run.status).toLowerCase(),
        })),
    ),
    statuses: (commit.status?.contexts ?? []).map((s) => ({
      context: s.context,
      state: s.state.toLowerCase(),
      creator: s.creator?.login ?? null,
    })),
  };
}

/**
 * A query whose head-commit part may be refused (a token without checks or statuses read) while the PR is not: the
 * partial answer is used and the head's checks are read the other way. Any other error stands.
 */
export async function queryTolerating(
  api: GitHubApi,
  query: string,
  variables: Record<string, unknown>,
): Promise<{ data: unknown; headChecksRefused: boolean }> {
  try {
    return { data: await api.graphql(query, variables), headChecksRefused: false };
  } catch (error) {
    const partial = error as { data?: unknown; errors?: Array<{ path?: Array<string | number> }> };
    const onlyCommits =
      Array.isArray(partial.errors) &&
      partial.errors.length > 0 &&
      partial.errors.every((e) => e.path?.[0] === 'repository' && e.path[1] === 'pullRequest' && e.path[2] === 'commits');
    if (onlyCommits && partial.data !== undefined && partial.data !== null) return { data: partial.data, headChecksRefused: true };
    throw error;
  }
}
