// A line comment on the PR's code that holds `/rsp`: answered in its thread, never read as a command.
import { lineCommentReply } from '../report/line-comment.ts';
import type { GitHubPort, RepoRef } from '../ports/github.ts';
import type { GateOutcome } from './pull-request.ts';

export async function answerLineComment(port: GitHubPort, repo: RepoRef, number: number, commentId: number): Promise<GateOutcome> {
  const outcome: GateOutcome = { status: 'skipped', reason: 'a comment on a line of code is not a command', errors: [], warnings: [] };
  try {
    await port.replyToLineComment(repo, number, commentId, lineCommentReply());
  } catch (error) {
    outcome.warnings.push(`could not answer the line comment: ${port.describeError(error)}`);
  }
  return outcome;
}
