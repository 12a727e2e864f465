// What a pull request shows after rsp-gate ran, read from the stand-in's state: the sticky report and the replies.
import type { StandIn } from '../stand-in/server.ts';
import type { PullRequestScenario } from './repo.ts';

const REPORT_MARKER = '<!-- rsp-gate:report -->';
const REPLY_MARKER = '<!-- rsp-gate:reply -->';

export function reportComments(gh: StandIn, s: PullRequestScenario) {
  return gh.state.commentsOn(s.fullName, s.number).filter((c) => c.body.startsWith(REPORT_MARKER));
}

export function replies(gh: StandIn, s: PullRequestScenario) {
  return gh.state.commentsOn(s.fullName, s.number).filter((c) => c.body.startsWith(REPLY_MARKER));
}

/** The last reply as it reads once rendered: Markdown escapes, entities and the zero-width spaces that break mentions undone. */
export function lastReply(gh: StandIn, s: PullRequestScenario): string {
  return replies(gh, s)
    .at(-1)!
    .body.replace(/\\(.)/g, '$1')
    .replace(/\u200b/g, '')
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}
