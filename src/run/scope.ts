// Which models a change touches: the models whose configs it changes, and those named by the result files it adds,
// changes or removes (at head and at base), or whose results folder it touches.
import type { EvidenceRecord } from '../evidence/types.ts';
import type { LoadedModel } from '../policy/loaded-model.ts';
import { indexModels } from '../engine/matching.ts';
import type { TreeEntry } from '../ports/repo-reader.ts';

/** Paths added, removed or changed between two trees. */
export function diffTrees(base: TreeEntry[], head: TreeEntry[]): string[] {
  const before = new Map(base.map((e) => [e.path, e.oid]));
  const changed = new Set<string>();
  for (const e of head) if (before.get(e.path) !== e.oid) changed.add(e.path);
  const after = new Set(head.map((e) => e.path));
  for (const e of base) if (!after.has(e.path)) changed.add(e.path);
  return [...changed].sort();
}

/** evals/<model-id>/... -> model-id: the first folder below the glob's fixed root, when the file sits in one. */
export function modelFromFolder(path: string, roots: string[]): string | undefined {
  for (const root of roots) {
    const prefix = root === '' ? '' : `${root}/`;
    if (!path.startsWith(prefix)) continue;
    const rest = path.slice(prefix.length).split('/');
    if (rest.length >= 2 && rest[0]) return rest[0];
  }
  return undefined;
}

export interface ScopeInput {
  all: boolean;
  changed: string[];
  baseModels: LoadedModel[];
  headModels: LoadedModel[];
  /** Records of each result file, at head and at base. */
  recordsByFile: Map<string, EvidenceRecord[]>[];
  /** Model names taken from the folders of changed result files. */
  folderNames: string[];
}

/** The models a change touches: changed configs, and the models named by changed result files. */
export function modelsInScope({ all, changed, baseModels, headModels, recordsByFile, folderNames }: ScopeInput): string[] {
  const ids = new Set<string>();
  if (all) {
    for (const m of headModels) ids.add(m.config.id);
    return [...ids].sort();
  }
  const changedSet = new Set(changed);
  for (const m of [...headModels, ...baseModels]) if (changedSet.has(m.file)) ids.add(m.config.id);
  const index = indexModels([...baseModels, ...headModels]);
  for (const path of changed) {
    for (const record of recordsByFile.flatMap((byFile) => byFile.get(path) ?? [])) {
      for (const id of index.modelsFor(record.model)) ids.add(id);
    }
  }
  for (const name of folderNames) for (const id of index.modelsFor(name)) ids.add(id);
  return [...ids].sort();
}
