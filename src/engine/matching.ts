// Which model config a result belongs to, and which policy eval and metric it measures.
import type { EvidenceRecord } from '../evidence/types.ts';
import type { EvidenceRule, Policy } from '../policy/schema.ts';
import { finding, type Finding } from '../common/finding.ts';
import { hasInvisibleParts, nameKey, showInvisible } from '../common/names.ts';
import type { LoadedModel } from '../policy/loaded-model.ts';
import { compareText } from '../common/text.ts';

export interface ModelIndex {
  /** Ids of the models a result's model name refers to (usually one; none when unknown), sorted. */
  modelsFor(name: string): string[];
  /** Names of these models that would let one model's results count for another (see checkModelNames). */
  nameFindings: Finding[];
}

export function indexModels(models: readonly LoadedModel[]): ModelIndex {
  const byName = new Map<string, Set<string>>();
  const add = (name: string, id: string) => {
    const key = nameKey(name);
    const ids = byName.get(key) ?? new Set<string>();
    ids.add(id);
    byName.set(key, ids);
  };
  for (const m of models) {
    add(m.config.id, m.config.id);
    for (const alias of m.config.aliases) add(alias, m.config.id);
  }
  return {
    nameFindings: checkModelNames(models),
    modelsFor(name) {
      const exact = byName.get(nameKey(name));
      // `provider/name` as hubs and harnesses write it: the part after the last slash may name the model.
      const slash = name.lastIndexOf('/');
      const tail = exact === undefined && slash !== -1 ? byName.get(nameKey(name.slice(slash + 1))) : undefined;
      return [...(exact ?? tail ?? [])].sort();
    },
  };
}

/** A test for names that are the id or an alias of one of these models (compared by nameKey), the keys built once. */
export function namesAny(models: readonly LoadedModel[]): (name: string) => boolean {
  const keys = new Set(models.flatMap((m) => [m.config.id, ...m.config.aliases].map(nameKey)));
  return (name) => keys.has(nameKey(name));
}

/** True when the model config is this name (its id or one of its aliases, compared by nameKey). */
export function modelIsNamed(model: LoadedModel, name: string): boolean {
  const key = nameKey(name);
  return nameKey(model.config.id) === key || model.config.aliases.some((a) => nameKey(a) === key);
}

/** The names a result file may use for a policy eval id: the id itself and its aliases in `policy.evals`. */
export function evalNames(policy: Policy, evalId: string): Set<string> {
  const aliases = Object.hasOwn(policy.evals, evalId) ? (policy.evals[evalId] ?? []) : [];
  return new Set([evalId, ...aliases].map(nameKey));
}

export function recordMeasuresRule(record: EvidenceRecord, rule: EvidenceRule, names: ReadonlySet<string>): boolean {
  return names.has(nameKey(record.eval)) && nameKey(record.metric) === nameKey(rule.metric) && isNamedReading(record, rule.reading);
}

/**
 * True when the rule names no reading, the record has only one (no variant), or the record is the one named: its
 * lm-eval filter, its Inspect scorer/reducer, or its Inspect scorer (any reducer).
 */
function isNamedReading(record: EvidenceRecord, reading: string | undefined): boolean {
  if (reading === undefined || record.variant === undefined) return true;
  const variant = record.variant.toLowerCase();
  const wanted = reading.toLowerCase();
  return variant === wanted || (!wanted.includes('/') && variant.split('/')[0] === wanted);
}

/**
 * Model names that would let one model's results count for another: two ids that differ only in case (or
 * invisibly), an alias that is another model's id, an alias two models share. Each is a config error.
 */
export function checkModelNames(models: readonly LoadedModel[]): Finding[] {
  const findings: Finding[] = [];
  const ids = new Map<string, LoadedModel>();
  for (const m of [...models].sort((a, b) => compareText(a.file, b.file))) {
    const key = nameKey(m.config.id);
    const other = ids.get(key);
    if (other === undefined) ids.set(key, m);
    else if (other.config.id !== m.config.id)
      findings.push(
        nameError(m, 'id', `id "${m.config.id}" differs from the id "${other.config.id}" of ${other.file} only in letter case`),
      );
  }
  const aliases = new Map<string, LoadedModel>();
  for (const m of models) {
    for (const alias of m.config.aliases) {
      const key = nameKey(alias);
      const owner = ids.get(key);
      if (owner !== undefined && owner.config.id !== m.config.id)
        findings.push(
          nameError(
            m,
            'aliases',
            `alias ${showInvisible(alias)} is the id of model "${owner.config.id}": its results would count for both`,
          ),
        );
      const sharer = aliases.get(key);
      if (sharer !== undefined && sharer.config.id !== m.config.id)
        findings.push(
          nameError(
            m,
            'aliases',
            `alias ${showInvisible(alias)} is also an alias of model "${sharer.config.id}": its results would count for both`,
          ),
        );
      else aliases.set(key, m);
      if (hasInvisibleParts(alias)) findings.push(invisibleName(m, alias));
    }
  }
  return findings;
}

function nameError(m: LoadedModel, key: string, message: string): Finding {
  return finding('MODEL_INVALID', 'error', `model config: ${message}`, {
    file: m.file,
    line: m.lines[key] ?? m.lines['id'] ?? 1,
    model: m.config.id,
  });
}

function invisibleName(m: LoadedModel, alias: string): Finding {
  const message = `model config: alias ${showInvisible(alias)} holds invisible characters or surrounding spaces; names are compared without them`;
  return finding('INVISIBLE_NAME', 'warning', message, { file: m.file, line: m.lines['aliases'] ?? 1, model: m.config.id });
}

/**
 * A result file in a model's folder (evals/<model>/...) that names another model: its results would count for a
 * model its folder does not belong to. One error per file.
 */
export function checkFolderModels(records: readonly EvidenceRecord[], index: ModelIndex): Finding[] {
  const findings: Finding[] = [];
  const reported = new Set<string>();
  for (const r of records) {
    if (r.folder === undefined || r.modelFromPath === true || reported.has(r.file)) continue;
    const folderIds = index.modelsFor(r.folder);
    const namedIds = index.modelsFor(r.model);
    if (folderIds.length === 0 || namedIds.length === 0 || namedIds.some((id) => folderIds.includes(id))) continue;
    reported.add(r.file);
    const message = `${r.file} sits in the results folder of model "${folderIds.join('", "')}" but names model ${showInvisible(r.model)} (${namedIds.join(', ')}), which the folder's model does not claim by id or alias`;
    findings.push(finding('MODEL_MISMATCH', 'error', message, { file: r.file, line: r.line ?? 1 }));
  }
  return findings;
}
