// The answer to `/rsp` in a comment on a line of code: such comments are not commands, and the author is told where
// commands go.
import { codeSpan } from './escape.ts';

export function lineCommentReply(): string {
  return [
    `rsp-gate does not read commands in comments on lines of code, so this one does not count.`,
    `Write ${codeSpan('/rsp …')} on a line of a comment on the pull request, or of the body of a review (the summary you write when you submit it).`,
  ].join(' ');
}
