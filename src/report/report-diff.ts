// What differs between a recorded report and the one re-derived from the repository (`rsp-gate verify`): one line per
// field a person reads, with lists of things that have ids (models, capabilities, safeguards) compared by id.
import { canonicalJson } from '../engine/fingerprint.ts';

export interface Difference {
  /** Where, e.g. `models[frontier-8].safeguards[asl3-classifiers].status`. */
  path: string;
  recorded: unknown;
  rederived: unknown;
}

/** Lists whose members are compared as a set (no id, order of no meaning to a reader): findings. */
const AS_SETS = new Set(['findings']);

export function diffReports(recorded: unknown, rederived: unknown, path = ''): Difference[] {
  if (canonicalJson(recorded) === canonicalJson(rederived)) return [];
  if (Array.isArray(recorded) && Array.isArray(rederived)) return diffLists(recorded, rederived, path);
  if (isRecord(recorded) && isRecord(rederived)) {
    const keys = [...new Set([...Object.keys(recorded), ...Object.keys(rederived)])];
    return keys.flatMap((k) => diffReports(recorded[k], rederived[k], path === '' ? k : `${path}.${k}`));
  }
  return [{ path, recorded, rederived }];
}

function diffLists(recorded: unknown[], rederived: unknown[], path: string): Difference[] {
  const key = path.split('.').at(-1) ?? '';
  if (AS_SETS.has(key.replace(/\[.*$/, ''))) return diffSets(recorded, rederived, path);
  const ids = (list: unknown[]) => list.map((v) => (isRecord(v) && typeof v['id'] === 'string' ? v['id'] : undefined));
  const [a, b] = [ids(recorded), ids(rederived)];
  if (a.every((id) => id !== undefined) && b.every((id) => id !== undefined) && new Set(a).size === a.length) {
    const all = [...new Set([...a, ...b])] as string[];
    return all.flatMap((id) => diffReports(recorded[a.indexOf(id)], rederived[b.indexOf(id)], `${path}[${id}]`));
  }
  const length = Math.max(recorded.length, rederived.length);
  return Array.from({ length }, (_, i) => diffReports(recorded[i], rederived[i], `${path}[${i}]`)).flat();
}

/** Members only one side has, each as its own line. */
function diffSets(recorded: unknown[], rederived: unknown[], path: string): Difference[] {
  const text = (list: unknown[]) => list.map((v) => canonicalJson(v));
  const [a, b] = [text(recorded), text(rederived)];
  const onlyRecorded = recorded.filter((_, i) => !b.includes(a[i]!));
  const onlyRederived = rederived.filter((_, i) => !a.includes(b[i]!));
  return [
    ...onlyRecorded.map((v) => ({ path: `${path}[]`, recorded: v, rederived: undefined })),
    ...onlyRederived.map((v) => ({ path: `${path}[]`, recorded: undefined, rederived: v })),
  ];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** A value as a reader sees it on one line: a finding by code and message, others as JSON, absent as "(none)". */
function shown(value: unknown): string {
  if (value === undefined) return '(none)';
  if (isRecord(value) && typeof value['code'] === 'string' && typeof value['message'] === 'string')
    return `${value['code']} ${String(value['severity'] ?? '')}: ${value['message']}`;
  const json = JSON.stringify(value);
  return json.length > 200 ? `${json.slice(0, 197)}...` : json;
}

/** What a reader needs first: the verdict, then the ledger, then each model's verdict, then the details behind them. */
function rank(path: string): number {
  if (!/[.[]/.test(path)) return 0;
  if (path.startsWith('ledger')) return 1;
  if (/^models\[[^\]]+\](\.(conclusion|requiredLevel|declaredLevel|fingerprint))?$/.test(path) || path.startsWith('policy.')) return 2;
  return 3;
}

/** The differences in the order a reader needs them (a stable sort: within a rank, the report's order). */
export function byImportance(differences: readonly Difference[]): Difference[] {
  return [...differences].sort((a, b) => rank(a.path) - rank(b.path));
}

export function describeDifference(d: Difference): string {
  if (d.recorded === undefined) return `${d.path}: only re-derived: ${shown(d.rederived)}`;
  if (d.rederived === undefined) return `${d.path}: only recorded: ${shown(d.recorded)}`;
  return `${d.path}: recorded ${shown(d.recorded)}, re-derived ${shown(d.rederived)}`;
}
