// Which model config a result belongs to, and which policy eval and metric it measures.
import type { EvidenceRecord } from '../evidence/types.ts';
import type { EvidenceRule, Policy } from '../policy/schema.ts';
import type { LoadedModel } from './types.ts';

export interface ModelIndex {
  /** Ids of the models a result's model name refers to (usually one; none when unknown), sorted. */
  modelsFor(name: string): string[];
}

export function indexModels(models: readonly LoadedModel[]): ModelIndex {
  const byName = new Map<string, Set<string>>();
  const add = (name: string, id: string) => {
    const key = name.toLowerCase();
    const ids = byName.get(key) ?? new Set<string>();
    ids.add(id);
    byName.set(key, ids);
  };
  for (const m of models) {
    add(m.config.id, m.config.id);
    for (const alias of m.config.aliases) add(alias, m.config.id);
  }
  return {
    modelsFor(name) {
      const exact = byName.get(name.toLowerCase());
      // `provider/name` as hubs and harnesses write it: the part after the last slash may name the model.
      const slash = name.lastIndexOf('/');
      const tail = exact === undefined && slash !== -1 ? byName.get(name.slice(slash + 1).toLowerCase()) : undefined;
      return [...(exact ?? tail ?? [])].sort();
    },
  };
}

/** True when the model config is this name (its id or one of its aliases, case-insensitively). */
export function modelIsNamed(model: LoadedModel, name: string): boolean {
  const key = name.toLowerCase();
  return model.config.id.toLowerCase() === key || model.config.aliases.some((a) => a.toLowerCase() === key);
}

/** The names a result file may use for a policy eval id: the id itself and its aliases in `policy.evals`. */
export function evalNames(policy: Policy, evalId: string): Set<string> {
  const aliases = Object.hasOwn(policy.evals, evalId) ? (policy.evals[evalId] ?? []) : [];
  return new Set([evalId, ...aliases].map((n) => n.toLowerCase()));
}

export function recordMeasuresRule(record: EvidenceRecord, rule: EvidenceRule, names: ReadonlySet<string>): boolean {
  return names.has(record.eval.toLowerCase()) && record.metric.toLowerCase() === rule.metric.toLowerCase() && isNamedReading(record, rule.reading);
}

/**
 * True when the rule names no reading, the record has only one (no variant), or the record is the one named: its
 * lm-eval filter, its Inspect scorer/reducer, or its Inspect scorer (any reducer).
 */
export function isNamedReading(record: EvidenceRecord, reading: string | undefined): boolean {
  if (reading === undefined || record.variant === undefined) return true;
  const variant = record.variant.toLowerCase();
  const wanted = reading.toLowerCase();
  return variant === wanted || (!wanted.includes('/') && variant.split('/')[0] === wanted);
}
