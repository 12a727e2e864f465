// Who is calling: users, bots, GitHub Apps and the tokens they hold.

export type ActorType = 'User' | 'Bot' | 'Organization';

export interface Actor {
  login: string;
  id: number;
  nodeId: string;
  type: ActorType;
}

/** Repository and organization permissions of a GitHub App installation token (or what a personal token may do). */
export type Permission = 'contents' | 'pull_requests' | 'issues' | 'checks' | 'statuses' | 'metadata' | 'members';
export type Access = 'read' | 'write';
export type Permissions = Partial<Record<Permission, Access>>;

export interface AppIdentity {
  id: number;
  slug: string;
  name: string;
  owner: string;
  clientId: string;
}

export interface TokenSpec {
  token: string;
  /** the identity the token acts as: author of the comments it creates, `viewer` in GraphQL */
  login: string;
  /** `installation`: GITHUB_TOKEN or a GitHub App installation token; `user`: a personal access token */
  kind?: 'installation' | 'user';
  permissions?: Permissions;
  /** the GitHub App that owns check runs created with this token (installation tokens) */
  app?: AppIdentity;
  /** ISO time after which GitHub answers 401 */
  expiresAt?: string;
}

export interface TokenRecord {
  token: string;
  actor: Actor;
  kind: 'installation' | 'user';
  permissions: Permissions;
  app: AppIdentity | undefined;
  expiresAt: string | undefined;
}

export const GITHUB_ACTIONS_APP: AppIdentity = {
  id: 15368,
  slug: 'github-actions',
  name: 'GitHub Actions',
  owner: 'github',
  clientId: 'Iv1.05c79e9ad1f6bdfa',
};

/** What GITHUB_TOKEN gets with `contents: read, pull-requests: write, issues: write, checks: write, statuses: write`. */
const ACTIONS_PERMISSIONS: Permissions = {
  metadata: 'read',
  contents: 'read',
  pull_requests: 'write',
  issues: 'write',
  checks: 'write',
  statuses: 'write',
};

/** GITHUB_TOKEN of a `pull_request` run from a fork: read-only everywhere. */
const FORK_PERMISSIONS: Permissions = {
  metadata: 'read',
  contents: 'read',
  pull_requests: 'read',
  issues: 'read',
  checks: 'read',
  statuses: 'read',
};

export const ACTIONS_TOKEN = 'ghs_standInActionsToken0000000000000000';
export const FORK_TOKEN = 'ghs_standInForkReadOnlyToken000000000000';

export function defaultTokens(): TokenSpec[] {
  return [
    { token: ACTIONS_TOKEN, login: 'github-actions[bot]', kind: 'installation', permissions: ACTIONS_PERMISSIONS, app: GITHUB_ACTIONS_APP },
    { token: FORK_TOKEN, login: 'github-actions[bot]', kind: 'installation', permissions: FORK_PERMISSIONS, app: GITHUB_ACTIONS_APP },
  ];
}

export function allows(token: TokenRecord, permission: Permission, access: Access): boolean {
  const granted = token.permissions[permission];
  return granted === 'write' || granted === access;
}
