// integration (a GitHub App), installation and installation-token.
import type { AppIdentity, Permissions } from '../identities.ts';
import type { Links } from './links.ts';
import { simpleUser } from './user.ts';

export function integration(app: AppIdentity, links: Links, permissions: Permissions = {}): Record<string, unknown> {
  return {
    id: app.id,
    slug: app.slug,
    client_id: app.clientId,
    node_id: `A_kwHO${Buffer.from(String(app.id)).toString('base64url')}`,
    owner: simpleUser({ login: app.owner, id: 9000 + app.id, nodeId: `O_${app.id}`, type: 'Organization' }, links),
    name: app.name,
    description: '',
    external_url: `${links.web}/apps/${app.slug}`,
    html_url: `${links.web}/apps/${app.slug}`,
    created_at: '2026-01-01T00:00:00Z',
    updated_at: '2026-01-01T00:00:00Z',
    permissions,
    events: ['check_run', 'check_suite', 'issue_comment', 'pull_request', 'push'],
  };
}
