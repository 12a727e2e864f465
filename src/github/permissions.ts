// Answers to the questions authorisation asks: a user's permission on the repository, and team membership.
import type { AccessLookup, Membership, Permission } from '../commands/authorize.ts';
import type { GitHubApi } from './api.ts';
import { describeGitHubError, hasStatus } from './errors.ts';
import type { RepoRef } from '../ports/github.ts';

const UNREADABLE_MEMBERSHIP =
  'the token cannot read organisation membership: a workflow GITHUB_TOKEN never can; use a GitHub App (Members: read) or a token with read:org';

export function createAccessLookup(api: GitHubApi, repo: RepoRef): AccessLookup {
  return {
    async repoPermission(login) {
      try {
        const { data } = await api.request('GET /repos/{owner}/{repo}/collaborators/{username}/permission', { ...repo, username: login });
        return toPermission(data as { permission?: string; role_name?: string });
      } catch (error) {
        // Not a collaborator, or no such user.
        if (hasStatus(error, 404)) return 'none';
        throw error;
      }
    },

    async teamMembership(org, team, login): Promise<Membership> {
      try {
        const { data } = await api.request('GET /orgs/{org}/teams/{team_slug}/memberships/{username}', {
          org,
          team_slug: team,
          username: login,
        });
        // A pending invitation is not membership.
        return (data as { state?: string }).state === 'active' ? { state: 'member' } : { state: 'not-member' };
      } catch (error) {
        // GitHub answers 404 both for "not a member" and for a team it does not show: either way, not a member.
        if (hasStatus(error, 404)) return { state: 'not-member' };
        if (hasStatus(error, 403)) return { state: 'unknown', reason: UNREADABLE_MEMBERSHIP };
        return { state: 'unknown', reason: describeGitHubError(error) };
      }
    },
  };
}

function toPermission(data: { permission?: string; role_name?: string }): Permission {
  const role = data.role_name;
  if (role === 'admin' || data.permission === 'admin') return 'admin';
  if (role === 'maintain' || role === 'write' || data.permission === 'write') return 'write';
  if (role === 'triage' || role === 'read' || data.permission === 'read') return 'read';
  return 'none';
}
