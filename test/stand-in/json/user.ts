// simple-user: how GitHub shows a user, bot or organization inside other objects.
import type { Actor } from '../identities.ts';
import type { Links } from './links.ts';

export function simpleUser(actor: Actor, links: Links): Record<string, unknown> {
  const url = `${links.api}/users/${encodeURIComponent(actor.login)}`;
  return {
    login: actor.login,
    id: actor.id,
    node_id: actor.nodeId,
    avatar_url: `${links.web}/avatars/u/${actor.id}?v=4`,
    gravatar_id: '',
    url,
    html_url:
      actor.type === 'Bot'
        ? `${links.web}/apps/${encodeURIComponent(actor.login.replace(/\[bot\]$/, ''))}`
        : `${links.web}/${encodeURIComponent(actor.login)}`,
    followers_url: `${url}/followers`,
    following_url: `${url}/following{/other_user}`,
    gists_url: `${url}/gists{/gist_id}`,
    starred_url: `${url}/starred{/owner}{/repo}`,
    subscriptions_url: `${url}/subscriptions`,
    organizations_url: `${url}/orgs`,
    repos_url: `${url}/repos`,
    events_url: `${url}/events{/privacy}`,
    received_events_url: `${url}/received_events`,
    type: actor.type,
    user_view_type: 'public',
    site_admin: false,
  };
}
