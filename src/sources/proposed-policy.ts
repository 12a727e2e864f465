// A RepoReader that shows one proposed policy file at the policy path of every commit: the change is judged as if the
// proposed text were its policy on both sides (so it is no policy change), everything else read as committed.
import { createHash } from 'node:crypto';
import type { FileSource } from '../evidence/types.ts';
import type { RepoReader, TreeEntry } from '../ports/repo-reader.ts';
import { memoryFileSource } from './file-source.ts';

export function withProposedPolicy(reader: RepoReader, policyPath: string, bytes: Uint8Array): RepoReader {
  // The same object id on both sides, so that comparing the trees sees no change to the policy.
  const entry: TreeEntry = { path: policyPath, oid: `proposed-${createHash('sha1').update(bytes).digest('hex')}`, size: bytes.byteLength };
  return {
    async listFiles(commit) {
      return [...(await reader.listFiles(commit)).filter((e) => e.path !== policyPath), entry];
    },
    async readFiles(commit, paths): Promise<Map<string, FileSource>> {
      const files = await reader.readFiles(
        commit,
        paths.filter((p) => p !== policyPath),
      );
      if (paths.includes(policyPath)) files.set(policyPath, memoryFileSource(policyPath, bytes));
      return files;
    },
    commitDate: (commit) => reader.commitDate(commit),
  };
}
