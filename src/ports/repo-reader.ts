// The port every source of repository files implements (local git, a working tree, the GitHub API): trees, batched
// reads and commit dates, so the orchestration never knows where the bytes come from.
import type { FileSource } from '../evidence/types.ts';

export interface TreeEntry {
  path: string;
  /** Blob id, so that two trees can be compared without reading any file. */
  oid: string;
  size?: number;
  /** A git submodule (a commit of another repository), listed so that the gate can say it cannot read it. */
  submodule?: true;
}

export interface RepoReader {
  /** Every file in the tree at `commit`. */
  listFiles(commit: string): Promise<TreeEntry[]>;
  /** The files at `commit`; a path that does not exist is absent from the map. One batched read per call. */
  readFiles(commit: string, paths: string[]): Promise<Map<string, FileSource>>;
  /** ISO committer date of `commit`. */
  commitDate(commit: string): Promise<string>;
  /** The files at `commit` about to be read (in slices): a reader that can bring many at once starts now. */
  prefetch?(commit: string, paths: string[]): void;
  /** Releases what the reader holds on disk; its files are not read after this. */
  close?(): Promise<void>;
}
