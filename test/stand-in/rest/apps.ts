// GitHub App authentication as Probot performs it: GET /app, the repository's installation, installation tokens.
import { newInstallationToken } from '../app-auth.ts';
import { HttpError, notFound } from '../http-error.ts';
import type { Access, Actor, Permission, Permissions } from '../identities.ts';
import { integration } from '../json/app.ts';
import { simpleUser } from '../json/user.ts';
import { repository } from '../json/repository.ts';
import { paginate, repoOf, tokenOf, type RestContext, type RestRoute } from './context.ts';

function appOf(context: RestContext) {
  if (context.caller.kind !== 'app') throw new HttpError(401, 'A JSON web token could not be decoded');
  return context.caller.app;
}

/** The App's one installation, on the account that owns the repository. */
function installation(context: RestContext, owner: Actor) {
  const app = appOf(context);
  return {
    id: app.installationId,
    account: simpleUser(owner, context.links),
    repository_selection: 'all',
    access_tokens_url: `${context.links.api}/app/installations/${app.installationId}/access_tokens`,
    repositories_url: `${context.links.api}/installation/repositories`,
    html_url: `${context.links.web}/organizations/${owner.login}/settings/installations/${app.installationId}`,
    app_id: app.identity.id,
    app_slug: app.identity.slug,
    client_id: app.identity.clientId,
    target_id: owner.id,
    target_type: owner.type === 'User' ? 'User' : 'Organization',
    permissions: app.permissions,
    events: ['check_run', 'check_suite', 'issue_comment', 'pull_request', 'push'],
    created_at: '2026-01-01T00:00:00Z',
    updated_at: '2026-01-01T00:00:00Z',
    single_file_name: null,
    has_multiple_single_files: false,
    single_file_paths: [],
    suspended_by: null,
    suspended_at: null,
  };
}

export const appRoutes: Record<string, RestRoute> = {
  'apps/get-authenticated': {
    auth: 'app',
    handle: (context) => ({
      status: 200,
      body: { ...integration(appOf(context).identity, context.links, appOf(context).permissions), installations_count: 1 },
    }),
  },
  'apps/get-repo-installation': {
    auth: 'app',
    handle: (context) => ({ status: 200, body: installation(context, repoOf(context).owner) }),
  },
  // The App's one installation, on the account of the state's repositories (none before a repository is added).
  'apps/list-installations': {
    auth: 'app',
    handle(context) {
      const owner = [...context.state.repos.values()][0]?.owner;
      const listed = owner === undefined ? [] : [installation(context, owner)];
      // This operation's description takes the account for a user AND an enterprise (allOf): the enterprise's
      // required fields are added, as GitHub's answer must fit the description the stand-in checks against.
      for (const entry of listed) Object.assign(entry.account, { name: owner!.login, slug: owner!.login, created_at: entry.created_at, updated_at: entry.updated_at });
      const { page, headers } = paginate(context, listed);
      return { status: 200, body: page, headers };
    },
  },
  // Every repository of the state: the installation covers all of them (repository_selection: all).
  'apps/list-repos-accessible-to-installation': {
    auth: 'token',
    handle(context) {
      if (tokenOf(context).kind !== 'installation') throw new HttpError(403, 'You must authenticate with an installation access token in order to list repositories for an installation.');
      const repos = [...context.state.repos.values()].map((repo) => repository(repo, context.links));
      const { page, headers } = paginate(context, repos);
      return { status: 200, body: { total_count: repos.length, repository_selection: 'all', repositories: page }, headers };
    },
  },
  'apps/create-installation-access-token': {
    auth: 'app',
    handle(context) {
      const app = appOf(context);
      if (Number(context.params.installation_id) !== app.installationId) throw notFound();
      const requested = (context.body.permissions ?? undefined) as Permissions | undefined;
      const permissions: Permissions = requested ?? app.permissions;
      for (const [permission, access] of Object.entries(permissions) as Array<[Permission, Access]>) {
        const granted = app.permissions[permission];
        if (granted !== 'write' && granted !== access) {
          throw new HttpError(
            422,
            'The permissions requested are not granted to this installation.',
            `permission ${permission}:${access} not granted to the App`,
          );
        }
      }
      const token = newInstallationToken();
      const expiresAt = new Date(Date.now() + 3600_000).toISOString().replace(/\.\d{3}Z$/, 'Z');
      context.state.addToken({
        token,
        login: `${app.identity.slug}[bot]`,
        kind: 'installation',
        permissions,
        app: app.identity,
        expiresAt,
      });
      return { status: 201, body: { token, expires_at: expiresAt, permissions, repository_selection: 'all' } };
    },
  },
};
