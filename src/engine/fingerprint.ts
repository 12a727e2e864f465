// The evidence fingerprint of a model: attestations are bound to it, so any change to what was judged outdates them.
import { createHash } from 'node:crypto';
import type { EvidenceRecord } from '../evidence/types.ts';
import type { ModelConfig, Policy } from '../policy/schema.ts';
import { compareText } from '../common/text.ts';

/** JSON with object keys sorted at every depth and undefined members dropped: equal values, equal text. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map((v) => (v === undefined ? 'null' : canonicalJson(v))).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => compareText(a, b));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

/** The facts of a result that a verdict rests on, keys already in sorted order so JSON.stringify is canonical. */
function recordFacts(r: EvidenceRecord): string {
  return JSON.stringify({
    date: r.date,
    direction: r.direction,
    eval: r.eval,
    file: r.file,
    format: r.format,
    line: r.line,
    metric: r.metric,
    model: r.model,
    samples: r.samples,
    selfReported: r.selfReported,
    stderr: r.stderr,
    value: r.value,
  });
}

export type Fingerprinter = (config: ModelConfig, records: readonly EvidenceRecord[]) => string;

/** Fingerprints under one policy; the policy's canonical text is computed once for all models. */
export function fingerprinter(policy: Policy): Fingerprinter {
  const policyJson = canonicalJson(policy);
  return (config, records) => {
    const evidence = records.map(recordFacts).sort();
    const text = `{"config":${canonicalJson(config)},"evidence":[${evidence.join(',')}],"policy":${policyJson}}`;
    return createHash('sha256').update(text).digest('hex');
  };
}

export function modelFingerprint(policy: Policy, config: ModelConfig, records: readonly EvidenceRecord[]): string {
  return fingerprinter(policy)(config, records);
}
