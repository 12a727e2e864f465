// Turn a merged policy document into the Policy the engine reads, defaults applied. Part by part, so that an invalid
// entry (already reported) drops out alone and the rest of the policy still reaches the engine and the report.
import {
  ApprovalsSchema,
  AssessmentSchema,
  CapabilitySchema,
  PathsSchema,
  RiskReportsSchema,
  SafeguardSchema,
  type Capability,
  type Policy,
  type Safeguard,
} from './schema.ts';
import type { PathKey } from '../common/yaml.ts';
import type { RawObject } from './raw.ts';
import { isPlainObject } from '../common/object.ts';
import type { z } from 'zod';

export interface BuiltPolicy {
  policy: Policy;
  /** The path in the merged document of the value at `path` of `policy` (lists may have lost invalid entries). */
  toMergedPath(path: readonly PathKey[]): PathKey[];
}

export function buildPolicy(merged: RawObject): BuiltPolicy {
  const levels = keepValid(merged.levels, (v): v is string => typeof v === 'string' && v !== '');
  const capabilities = keepParsed<Capability>(merged.capabilities, CapabilitySchema);
  const safeguards = keepParsed<Safeguard>(merged.safeguards, SafeguardSchema);
  const policy: Policy = {
    version: 1,
    levels: levels.items,
    paths: parseKeys(PathsSchema, merged.paths),
    evals: readAliases(merged.evals),
    capabilities: capabilities.items,
    safeguards: safeguards.items,
    assessment: parseKeys(AssessmentSchema, merged.assessment),
    approvals: parseKeys(ApprovalsSchema, merged.approvals),
  };
  if (typeof merged.extends === 'string') policy.extends = merged.extends;
  if (merged.risk_reports !== undefined) policy.risk_reports = parseKeys(RiskReportsSchema, merged.risk_reports);
  const lists: Record<string, number[]> = { levels: levels.from, capabilities: capabilities.from, safeguards: safeguards.from };
  return {
    policy,
    toMergedPath(path) {
      const [head, index, ...rest] = path;
      const from = typeof head === 'string' && Object.hasOwn(lists, head) ? lists[head] : undefined;
      const mergedIndex = from && typeof index === 'number' ? from[index] : undefined;
      return mergedIndex === undefined ? [...path] : [head!, mergedIndex, ...rest];
    },
  };
}

interface Kept<T> {
  items: T[];
  /** Index in the merged list of each kept item. */
  from: number[];
}

function keepValid<T>(list: unknown, ok: (v: unknown) => v is T): Kept<T> {
  const kept: Kept<T> = { items: [], from: [] };
  if (!Array.isArray(list)) return kept;
  list.forEach((v, i) => {
    if (ok(v)) {
      kept.items.push(v);
      kept.from.push(i);
    }
  });
  return kept;
}

function keepParsed<T>(list: unknown, schema: z.ZodType): Kept<T> {
  const kept: Kept<T> = { items: [], from: [] };
  if (!Array.isArray(list)) return kept;
  list.forEach((v, i) => {
    const parsed = schema.safeParse(v);
    if (parsed.success) {
      kept.items.push(parsed.data as T);
      kept.from.push(i);
    }
  });
  return kept;
}

/** Each valid key of a settings block; defaults for the rest. */
function parseKeys<S extends z.ZodObject>(schema: S, block: unknown): z.output<S> {
  const valid: RawObject = {};
  if (isPlainObject(block)) {
    for (const [key, value] of Object.entries(block)) {
      const field = schema.shape[key] as z.ZodType | undefined;
      if (field?.safeParse(value).success) valid[key] = value;
    }
  }
  return schema.parse(valid);
}

function readAliases(evals: unknown): Record<string, string[]> {
  const aliases: Record<string, string[]> = {};
  if (!isPlainObject(evals)) return aliases;
  for (const [id, names] of Object.entries(evals)) {
    if (Array.isArray(names)) aliases[id] = names.filter((n): n is string => typeof n === 'string' && n !== '');
  }
  return aliases;
}
