// Merge a policy file over the preset it extends. Both are raw documents (before defaults, so that a default never
// overrides a preset's value) and the merge remembers where every entry came from, so that a finding about the
// merged policy can point at the user's line or, for what only the preset says, at the `extends:` line.
//
// The rules (docs/policy.md, "Merge rules"):
// * `levels`, `paths` and each key of `assessment`, `approvals` and `risk_reports`: the file's value wins;
// * `evals`: the aliases of an eval id are the union of both lists (the file's first);
// * `capabilities` and `safeguards` are matched by `id`, a capability's `evidence` rules by `eval` + `metric`
//   (case-insensitively, as results are matched): the file's fields win field by field; entries the preset does not
//   have are appended in the file's order;
// * `version`, `$schema` and `extends` come from the file alone.
import type { PathKey } from '../common/yaml.ts';
import { child, hasChild, type RawObject } from './raw.ts';
import { isPlainObject } from '../common/object.ts';

type Origin = { from: 'user'; path: PathKey[] } | { from: 'preset'; path: PathKey[] };

export interface MergedPolicy {
  value: RawObject;
  /** Where the value at `path` of the merged document was written: the file or the preset (nearest existing part). */
  trace(path: readonly PathKey[]): Origin;
}

/** Which side each element of a merged list came from, by the element's path in the merged document. */
type EntryOrigins = Map<string, { user?: number; preset?: number }>;

const FILE_ONLY_KEYS = new Set(['version', '$schema', 'extends']);

export function mergeOverPreset(user: RawObject, preset: RawObject): MergedPolicy {
  const origins: EntryOrigins = new Map();
  const value: RawObject = {};
  for (const [key, v] of Object.entries(preset)) if (!FILE_ONLY_KEYS.has(key)) value[key] = v;
  for (const [key, v] of Object.entries(user)) value[key] = v;
  for (const key of ['assessment', 'approvals', 'risk_reports']) {
    if (isPlainObject(user[key]) && isPlainObject(preset[key])) value[key] = { ...preset[key], ...user[key] };
  }
  if (isPlainObject(user.evals) && isPlainObject(preset.evals)) value.evals = mergeAliases(user.evals, preset.evals, origins);
  if (hasBoth(user, preset, 'capabilities')) {
    value.capabilities = mergeKeyed(user.capabilities, preset.capabilities, ['capabilities'], byId, mergeCapability, origins);
  }
  if (hasBoth(user, preset, 'safeguards')) {
    value.safeguards = mergeKeyed(user.safeguards, preset.safeguards, ['safeguards'], byId, mergeFields, origins);
  }
  return { value, trace: (path) => trace(path, user, preset, origins) };
}

function hasBoth(user: RawObject, preset: RawObject, key: string): boolean {
  return Object.hasOwn(user, key) && Object.hasOwn(preset, key);
}

type KeyOf = (entry: unknown) => string | undefined;
type MergeEntry = (user: RawObject, preset: RawObject, path: PathKey[], origins: EntryOrigins) => RawObject;

const byId: KeyOf = (entry) => {
  const id = child(entry, 'id');
  return typeof id === 'string' ? id : undefined;
};

/** A rule is the same rule when it measures the same eval and metric; the engine matches both case-insensitively. */
export const ruleKey: KeyOf = (entry) => {
  const evalId = child(entry, 'eval');
  const metric = child(entry, 'metric');
  return typeof evalId === 'string' && typeof metric === 'string' ? `${evalId.toLowerCase()}\u0000${metric.toLowerCase()}` : undefined;
};

const mergeFields: MergeEntry = (user, preset) => ({ ...preset, ...user });

const mergeCapability: MergeEntry = (user, preset, path, origins) => {
  const merged = { ...preset, ...user };
  if (Object.hasOwn(user, 'evidence') && Object.hasOwn(preset, 'evidence')) {
    merged.evidence = mergeKeyed(user.evidence, preset.evidence, [...path, 'evidence'], ruleKey, mergeFields, origins);
  }
  return merged;
};

function mergeKeyed(user: unknown, preset: unknown, path: PathKey[], keyOf: KeyOf, mergeEntry: MergeEntry, origins: EntryOrigins): unknown {
  if (!Array.isArray(user) || !Array.isArray(preset)) return user;
  const userIndexByKey = new Map<string, number>();
  user.forEach((entry, i) => {
    const key = keyOf(entry);
    if (key !== undefined && !userIndexByKey.has(key)) userIndexByKey.set(key, i);
  });
  const merged: unknown[] = [];
  const usedUser = new Set<number>();
  const push = (entry: unknown, origin: { user?: number; preset?: number }) => {
    origins.set(pathKey([...path, merged.length]), origin);
    merged.push(entry);
  };
  preset.forEach((presetEntry, p) => {
    const key = keyOf(presetEntry);
    const u = key === undefined ? undefined : userIndexByKey.get(key);
    const userEntry = u === undefined ? undefined : user[u];
    if (u !== undefined && !usedUser.has(u) && isPlainObject(userEntry) && isPlainObject(presetEntry)) {
      usedUser.add(u);
      push(mergeEntry(userEntry, presetEntry, [...path, merged.length], origins), { user: u, preset: p });
    } else {
      push(presetEntry, { preset: p });
    }
  });
  // Entries the preset does not have, and any second entry with the same key (left for the duplicate check).
  user.forEach((entry, u) => {
    if (!usedUser.has(u)) push(entry, { user: u });
  });
  return merged;
}

function mergeAliases(user: RawObject, preset: RawObject, origins: EntryOrigins): RawObject {
  const merged: RawObject = { ...preset };
  for (const [id, names] of Object.entries(user)) {
    const presetNames = preset[id];
    if (!Array.isArray(names) || !Array.isArray(presetNames)) {
      merged[id] = names;
      continue;
    }
    const union: unknown[] = [];
    names.forEach((name, u) => {
      origins.set(pathKey(['evals', id, union.length]), { user: u });
      union.push(name);
    });
    presetNames.forEach((name, p) => {
      if (names.includes(name)) return;
      origins.set(pathKey(['evals', id, union.length]), { preset: p });
      union.push(name);
    });
    merged[id] = union;
  }
  return merged;
}

/** Nodes whose parts are merged from both sides; anywhere else the file's value replaces the preset's whole. */
function isMergedNode(path: readonly PathKey[]): boolean {
  const [a, b, c, d] = path;
  switch (path.length) {
    case 0:
      return true;
    case 1:
      return a === 'assessment' || a === 'approvals' || a === 'evals' || a === 'capabilities' || a === 'safeguards';
    case 2:
      return a === 'evals' || ((a === 'capabilities' || a === 'safeguards') && typeof b === 'number');
    case 3:
      return a === 'capabilities' && c === 'evidence';
    case 4:
      return a === 'capabilities' && c === 'evidence' && typeof d === 'number';
    default:
      return false;
  }
}

function trace(path: readonly PathKey[], user: RawObject, preset: RawObject, origins: EntryOrigins): Origin {
  let u: unknown = user;
  let p: unknown = preset;
  const userPath: PathKey[] = [];
  const presetPath: PathKey[] = [];
  let userDepth = 0;
  let presetDepth = 0;
  for (let i = 0; i < path.length; i++) {
    const key = path[i]!;
    const prefix = path.slice(0, i + 1);
    const origin = origins.get(pathKey(prefix));
    const userKey = origin ? origin.user : key;
    const presetKey = origin ? origin.preset : i === 0 && FILE_ONLY_KEYS.has(String(key)) ? undefined : key;
    if (u !== undefined && userKey !== undefined && hasChild(u, userKey)) {
      u = child(u, userKey);
      userPath.push(userKey);
      userDepth = i + 1;
    } else {
      u = undefined;
    }
    if (p !== undefined && presetKey !== undefined && hasChild(p, presetKey)) {
      p = child(p, presetKey);
      presetPath.push(presetKey);
      presetDepth = i + 1;
    } else {
      p = undefined;
    }
    // The file's value replaced the preset's here: nothing below comes from the preset.
    if (u !== undefined && !isMergedNode(prefix)) p = undefined;
  }
  if (userDepth === path.length) return { from: 'user', path: userPath };
  if (presetDepth === path.length || presetDepth > userDepth) return { from: 'preset', path: presetPath };
  return { from: 'user', path: userPath };
}

function pathKey(path: readonly PathKey[]): string {
  return JSON.stringify(path);
}
