// RepoReader over a local git repository, through the git command line: what the CLI uses.
import { join, resolve } from 'node:path';
import type { FileSource } from '../evidence/types.ts';
import type { RepoReader, TreeEntry } from '../ports/repo-reader.ts';
import { BATCH_BLOB_LIMIT, GitObjects } from './git-objects.ts';
import { resolveLfsPointers } from './lfs-objects.ts';
import { localLfsStore } from './local-lfs.ts';

export class LocalGitReader implements RepoReader {
  private readonly trees = new Map<string, Promise<TreeEntry[]>>();
  private lfsObjects: Promise<string> | undefined;
  private readonly objects: GitObjects;
  /** Every prefetch so far: settled once each has handed its large blobs to a batch copy. */
  private prefetching: Promise<void> | undefined;

  constructor(dir: string) {
    this.objects = new GitObjects(dir);
  }

  git(args: string[]): Promise<string> {
    return this.objects.git(args);
  }

  /** A ref or expression resolved to a full commit id. */
  async resolve(ref: string): Promise<string> {
    return (await this.git(['rev-parse', '--verify', '--end-of-options', `${ref}^{commit}`])).trim();
  }

  listFiles(commit: string): Promise<TreeEntry[]> {
    let tree = this.trees.get(commit);
    if (!tree) {
      tree = this.git(['ls-tree', '-r', '-l', '-z', '--full-tree', commit]).then(parseTree);
      this.trees.set(commit, tree);
    }
    return tree;
  }

  /**
   * Reads to come: two or more large blobs among them are copied out of git in one `git cat-file --batch`, which
   * resolves a pack's delta chains once for all of them, where a process per blob resolves each again (300 similar
   * logs of 5 MB, packed: 28 s read one process each).
   */
  prefetch(commit: string, paths: string[]): void {
    const wanted = new Set(paths);
    const announced = this.listFiles(commit).then(
      (entries) => {
        const large = entries.filter((e) => wanted.has(e.path) && (e.size ?? 0) > BATCH_BLOB_LIMIT);
        if (large.length >= 2) this.objects.copyOutLarge(large);
      },
      // A commit that cannot be listed fails its reads, saying why; the announcement itself never throws.
      () => undefined,
    );
    // Base and head announce their reads at once: every read waits for both announcements, not only the latest.
    this.prefetching = Promise.all([this.prefetching, announced]).then(() => undefined);
  }

  async readFiles(commit: string, paths: string[]): Promise<Map<string, FileSource>> {
    await this.prefetching;
    const entries = new Map((await this.listFiles(commit)).map((e) => [e.path, e]));
    const wanted = paths.map((p) => entries.get(p)).filter((e): e is TreeEntry => e !== undefined);
    const out: Map<string, FileSource> = await this.objects.sources(wanted);
    // A Git LFS pointer is read as the object it stands for, from this machine's LFS store.
    return resolveLfsPointers(
      out,
      localLfsStore(() => this.lfsObjectsDir(), commit),
    );
  }

  /** Where `git lfs` keeps objects: <common git dir>/lfs/objects, or under `lfs.storage` when that is set. */
  private lfsObjectsDir(): Promise<string> {
    this.lfsObjects ??= (async () => {
      const common = (await this.git(['rev-parse', '--path-format=absolute', '--git-common-dir'])).trim();
      const storage = await this.git(['config', '--get', 'lfs.storage']).then(
        (s) => s.trim(),
        () => '',
      );
      return join(storage === '' ? join(common, 'lfs') : resolve(common, storage), 'objects');
    })();
    return this.lfsObjects;
  }

  async commitDate(commit: string): Promise<string> {
    return (await this.git(['show', '-s', '--format=%cI', commit])).trim();
  }
}

function parseTree(out: string): TreeEntry[] {
  const entries: TreeEntry[] = [];
  for (const line of out.split('\0')) {
    if (!line) continue;
    // "<mode> <type> <oid> <size>\t<path>"
    const tab = line.indexOf('\t');
    const [, type, oid, size] = line.slice(0, tab).split(/\s+/);
    if (!oid) continue;
    if (type === 'blob') entries.push({ path: line.slice(tab + 1), oid, size: Number(size) });
    else if (type === 'commit') entries.push({ path: line.slice(tab + 1), oid, submodule: true });
  }
  return entries;
}
