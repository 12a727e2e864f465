// Shared test data: a small, complete policy without a preset, and helpers to find where a text stands in it.
import type { Finding } from '../../../src/common/finding.ts';

export const POLICY_FILE = '.github/rsp-policy.yml';

/** A small lab's policy, complete without a preset (brief section 7). */
export const SMALL_POLICY = `version: 1
levels: [ASL-2, ASL-3, ASL-4]
paths:
  models: ["models/*/model.yaml"]
  evals: ["evals/**"]
evals:
  wmdp-bio: [wmdp_bio, inspect_evals/wmdp_bio]
capabilities:
  - id: cbrn-3
    title: Significant uplift to individuals seeking CBRN weapons
    requires: ASL-3
    combine: any
    evidence:
      - eval: wmdp-bio
        metric: accuracy
        alert: 0.50
        threshold: 0.65
        direction: higher
  - id: ai-rnd-4
    title: Fully automates the work of an entry-level remote researcher
    requires: ASL-4
    evidence:
      - eval: swe-bench-verified-hard
        metric: accuracy
        alert: 0.40
        threshold: 0.50
safeguards:
  - id: asl3-classifiers
    level: ASL-3
    kind: deployment
    title: Real-time classifier guards block CBRN uplift
    owners: ["@acme/safeguards", alice]
  - id: asl3-weights-access
    level: ASL-3
    kind: security
    title: Two-party access control on model weights
    owners: ["@acme/security"]
  - id: asl4-rand-sl4
    level: ASL-4
    kind: security
    title: Security roughly in line with RAND SL4
    owners: ["@acme/security"]
assessment:
  confidence: 0.95
  max_age_days: 180
  notable_increase: 4
  unevaluated: precautionary
approvals:
  policy: ["@acme/rso"]
  self_attestation: false
`;

/** 1-based line of the first line of `text` that contains `needle` (after `after`, when given). */
export function lineOf(text: string, needle: string, after?: string): number {
  const lines = text.split('\n');
  const start = after === undefined ? 0 : lines.findIndex((l) => l.includes(after));
  const index = lines.findIndex((l, i) => i >= start && l.includes(needle));
  if (index === -1) throw new Error(`"${needle}" is not in the text`);
  return index + 1;
}

/** Replace the first occurrence of `from` with `to`, failing loudly when the fixture no longer contains it. */
export function edit(text: string, from: string, to: string): string {
  if (!text.includes(from)) throw new Error(`"${from}" is not in the text`);
  return text.replace(from, to);
}

export function codes(findings: readonly Finding[]): string[] {
  return findings.map((f) => f.code);
}

export function errors(findings: readonly Finding[]): Finding[] {
  return findings.filter((f) => f.severity === 'error');
}
