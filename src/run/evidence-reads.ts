// Result files read in slices of bounded size, so that an evaluation holds a bounded number of blobs however many (and
// however large) the files it reads; and the rule for which result files a change's verdict needs.
import type { EvidenceRecord } from '../evidence/types.ts';
import type { LoadedModel } from '../policy/loaded-model.ts';
import { indexModels, type ModelIndex } from '../engine/matching.ts';
import { append } from '../common/append.ts';
import { finding, type Finding } from '../common/finding.ts';
import type { RepoReader, TreeEntry } from '../ports/repo-reader.ts';
import { modelFromFolder } from './scope.ts';

/** Bytes of blobs (as the tree reports them) held at once: one slice parsed while the next one is fetched. */
const SLICE_BYTES = 48 << 20;
/** Budget assumed for a file whose size the tree does not tell. */
const UNKNOWN_SIZE = 64 << 10;

export interface ReadResults {
  records: Map<string, EvidenceRecord[]>;
  findings: Finding[];
  /** Paths listed in the tree but absent from the reader's answer, and the format each read file was in. */
  unreadable: string[];
  formats: Map<string, string | undefined>;
}

/** Consecutive groups of paths, each within `budget` bytes (a file larger than that is a group of its own). */
export function slices(paths: string[], sizeOf: (path: string) => number | undefined, budget = SLICE_BYTES): string[][] {
  const out: string[][] = [];
  let current: string[] = [];
  let bytes = 0;
  for (const path of paths) {
    const size = sizeOf(path) ?? UNKNOWN_SIZE;
    if (current.length > 0 && bytes + size > budget) {
      out.push(current);
      current = [];
      bytes = 0;
    }
    current.push(path);
    bytes += size;
  }
  if (current.length > 0) out.push(current);
  return out;
}

/**
 * Read and parse the result files at `commit`, slice by slice; the next slice is requested before the current one is
 * parsed, so at most two slices of blobs are in memory and the reads overlap the parsing.
 */
export async function readResults(
  reader: RepoReader,
  commit: string,
  paths: string[],
  tree: TreeEntry[],
  evalRoots: string[],
): Promise<ReadResults> {
  const out: ReadResults = { records: new Map(), findings: [], unreadable: [], formats: new Map() };
  if (paths.length === 0) return out;
  // The readers of every format are loaded when there is a result to read: a change without one never compiles them.
  const { readResultFile } = await import('../evidence/read.ts');
  const sizes = new Map(tree.map((e) => [e.path, e.size]));
  reader.prefetch?.(commit, paths);
  const parts = slices(paths, (p) => sizes.get(p));
  let next = parts.length > 0 ? reader.readFiles(commit, parts[0]!) : undefined;
  for (let i = 0; i < parts.length; i++) {
    const files = await next!;
    next = i + 1 < parts.length ? reader.readFiles(commit, parts[i + 1]!) : undefined;
    for (const path of parts[i]!) {
      const src = files.get(path);
      files.delete(path);
      if (!src) {
        out.unreadable.push(path);
        continue;
      }
      const folderModel = modelFromFolder(path, evalRoots);
      const result = await readResultFile(src, folderModel === undefined ? {} : { folderModel });
      out.records.set(path, result.records);
      append(out.findings, result.findings);
      out.formats.set(path, result.format);
    }
  }
  return out;
}

export interface EvidenceChoice {
  /** Every result file at head. */
  evalPaths: string[];
  evalRoots: string[];
  models: LoadedModel[];
  inScope: ReadonlySet<string>;
  /** Read every result file: with --all, a policy change, or a change to any model config (names may have moved). */
  everything: boolean;
}

/**
 * The result files a verdict needs: all of them when `everything`; otherwise every file except those in the folder of a
 * known model that is out of scope. A file there that names another model is refused as misfiled (see misfiledResult)
 * whenever it is read, so it cannot come in through a PR the gate passes.
 */
export function neededResults({ evalPaths, evalRoots, models, inScope, everything }: EvidenceChoice): string[] {
  if (everything) return evalPaths;
  const index = indexModels(models);
  return evalPaths.filter((path) => {
    const folder = modelFromFolder(path, evalRoots);
    const owners = folder === undefined ? [] : index.modelsFor(folder);
    return owners.length === 0 || owners.some((id) => inScope.has(id));
  });
}

/** A result in the folder of one known model that names another known model: an error, since scoping reads by folder. */
export function misfiledResult(path: string, records: EvidenceRecord[], evalRoots: string[], index: ModelIndex): Finding | undefined {
  const folder = modelFromFolder(path, evalRoots);
  if (folder === undefined) return undefined;
  const owners = new Set(index.modelsFor(folder));
  if (owners.size === 0) return undefined;
  for (const record of records) {
    if (record.modelFromPath) continue;
    const named = index.modelsFor(record.model);
    if (named.length > 0 && !named.some((id) => owners.has(id))) {
      const message = `this result names ${named.join(', ')} but sits in the results folder of ${[...owners].join(', ')}; move it to that model's folder (or a folder named for no model), where its evidence is looked for`;
      return finding('MISFILED_RESULT', 'error', message, record.line === undefined ? { file: path } : { file: path, line: record.line });
    }
  }
  return undefined;
}
