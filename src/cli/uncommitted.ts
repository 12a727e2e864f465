// `check` compares commits: edits still in the working tree under what the policy governs are not part of the verdict,
// and the user is told so rather than left to believe they were evaluated.
import picomatch from 'picomatch';
import type { Policy } from '../policy/schema.ts';
import type { LocalGitReader } from '../sources/local-git.ts';

/** Paths of `git status --porcelain=v1 -z` (the new path of a rename); paths are relative to the repository root. */
export function statusPaths(porcelain: string): string[] {
  const fields = porcelain.split('\0');
  const paths: string[] = [];
  for (let i = 0; i < fields.length; i++) {
    const entry = fields[i]!;
    if (entry.length < 4) continue;
    paths.push(entry.slice(3));
    // A rename or copy is followed by its source path, which is not a separate entry.
    if (entry[0] === 'R' || entry[0] === 'C') i++;
  }
  return paths;
}

/** The uncommitted (or untracked) files under the policy, model or result paths of `policy`. */
export async function uncommittedGoverned(reader: LocalGitReader, policy: Policy, policyPath: string): Promise<string[]> {
  const porcelain = await reader.git(['status', '--porcelain=v1', '-z', '--untracked-files=all']);
  const governed = picomatch([...policy.paths.models, ...policy.paths.evals], { dot: true });
  return statusPaths(porcelain).filter((p) => p === policyPath || governed(p));
}
