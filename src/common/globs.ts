// How the policy's `paths` globs match repository paths. A path may hold any character but `/` and NUL: a newline,
// a carriage return or U+2028 in a file name must not hide a result file from the gate.
import picomatch from 'picomatch';

/**
 * A matcher for globs over repository paths: dot files match (`dot`), and `*` and `**` match every character,
 * line terminators included (the `s` flag; without it picomatch's `.` stops at them).
 */
export function pathMatcher(globs: readonly string[]): (path: string) => boolean {
  return picomatch([...globs], { dot: true, flags: 's' });
}
