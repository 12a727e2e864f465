// Who may do what: collaborator permission, team membership, the authenticated user.
import { HttpError, notAccessible, notFound } from '../http-error.ts';
import { allows } from '../identities.ts';
import { simpleUser } from '../json/user.ts';
import type { RoleName } from '../state.ts';
import { repoOf, tokenOf, type RestRoute } from './context.ts';

// the permission REST reports folds maintain into write and triage into read
const PERMISSION_OF_ROLE: Record<RoleName | 'none', 'admin' | 'write' | 'read' | 'none'> = {
  admin: 'admin',
  maintain: 'write',
  write: 'write',
  triage: 'read',
  read: 'read',
  none: 'none',
};
const RANK: Record<RoleName | 'none', number> = { none: 0, read: 1, triage: 2, write: 3, maintain: 4, admin: 5 };

export const peopleRoutes: Record<string, RestRoute> = {
  'repos/get-collaborator-permission-level': {
    auth: 'token',
    requires: [['metadata', 'read']],
    handle(context) {
      const repo = repoOf(context);
      const token = tokenOf(context);
      if (token.kind === 'user' && RANK[context.state.roleOf(repo, token.actor.login) ?? 'none'] < RANK.write) {
        throw new HttpError(403, 'Must have push access to view collaborator permission.');
      }
      const actor = context.state.findActor(String(context.params.username));
      if (!actor) throw notFound();
      const role = context.state.roleOf(repo, actor.login) ?? 'none';
      const at = (level: RoleName) => RANK[role] >= RANK[level];
      return {
        status: 200,
        body: {
          permission: PERMISSION_OF_ROLE[role],
          role_name: role,
          user: {
            ...simpleUser(actor, context.links),
            permissions: { pull: at('read'), triage: at('triage'), push: at('write'), maintain: at('maintain'), admin: at('admin') },
            role_name: role,
          },
        },
      };
    },
  },
  'teams/get-membership-for-user-in-org': {
    auth: 'token',
    handle(context) {
      const token = tokenOf(context);
      // GITHUB_TOKEN has no organization scope at all; Apps need Members: read
      if (!allows(token, 'members', 'read')) throw notAccessible(token.kind === 'installation' ? 'integration' : 'personal access token');
      const org = String(context.params.org);
      const slug = String(context.params.team_slug);
      const login = String(context.params.username);
      const role = context.state.teamRole(org, slug, login);
      if (!role) throw notFound();
      return {
        status: 200,
        body: { url: `${context.links.api}/organizations/${org}/team/${slug}/memberships/${login}`, role, state: 'active' },
      };
    },
  },
  'users/get-authenticated': {
    auth: 'token',
    handle(context) {
      const token = tokenOf(context);
      // installation tokens (GITHUB_TOKEN too) are not users
      if (token.kind === 'installation') throw notAccessible('integration');
      return {
        status: 200,
        body: {
          ...simpleUser(token.actor, context.links),
          name: null,
          company: null,
          blog: '',
          location: null,
          email: null,
          hireable: null,
          bio: null,
          public_repos: 0,
          public_gists: 0,
          followers: 0,
          following: 0,
          created_at: '2020-01-01T00:00:00Z',
          updated_at: '2020-01-01T00:00:00Z',
        },
      };
    },
  },
};
