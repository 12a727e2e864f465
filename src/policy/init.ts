// The starter `.github/rsp-policy.yml` that `rsp-gate init [--preset NAME]` writes. It loads without findings other
// than PRESET_VALUE_UNSET: the numbers nobody has chosen yet are the only thing left to do.
import { loadPolicy } from './load.ts';
import { findPreset, PRESETS } from './presets/index.ts';
import { POLICY_SCHEMA_URL, UNSET, type Policy } from './schema.ts';

/** The policy schema as published with release `version` (its tag), or on the main branch without one. */
function policySchemaUrl(version?: string): string {
  return version === undefined ? POLICY_SCHEMA_URL : POLICY_SCHEMA_URL.replace('/main/', `/v${version}/`);
}

const header = (version?: string): string => `# yaml-language-server: $schema=${policySchemaUrl(version)}
# rsp-gate policy. rsp-gate reads it from the base commit of every pull request, so a change takes effect once it
# is merged, and a pull request that changes it also needs /rsp approve-policy from one of approvals.policy.
# The format, the merge rules and the presets are described in the rsp-gate documentation (docs/policy.md).
version: 1
`;

const PATHS = `
# paths:                  # where model configs and eval results live; these are the defaults
#   models: ["models/*/model.yaml"]
#   evals: ["evals/**"]
`;

const APPROVALS = `
approvals:
  policy: []                # who may /rsp approve-policy: GitHub users or @org/team, e.g. ["@your-org/rso"]
  self_attestation: false   # may a pull request's author attest safeguards on it
  self_approval: false      # may a pull request's author approve the policy change it makes
`;

export interface InitOptions {
  /** The rsp-gate release writing the policy: its schema is the one the editor hint names. */
  version?: string;
}

/** Throws for an unknown preset name (a usage error for the CLI). */
export function initPolicy(preset?: string, options: InitOptions = {}): string {
  const top = header(options.version);
  if (preset === undefined) return top + STANDALONE + PATHS + APPROVALS;
  const found = findPreset(preset);
  if (found === undefined) throw new Error(`unknown preset "${preset}": the built-in presets are ${Object.keys(PRESETS).join(', ')}`);
  const { policy } = loadPolicy(`version: 1\nextends: ${preset}\n`, '.github/rsp-policy.yml');
  return `${top}extends: ${preset}   # ${found.title}\n${unsetSection(policy)}${ownersSection(policy)}${PATHS}${APPROVALS}`;
}

/** The preset's SET numbers as a commented override, ready to uncomment and fill in. */
function unsetSection(policy: Policy): string {
  const lines: string[] = [];
  for (const capability of policy.capabilities) {
    const rules = capability.evidence.filter((r) => r.alert === UNSET || r.threshold === UNSET);
    if (rules.length === 0) continue;
    lines.push(`#   - id: ${capability.id}`, '#     evidence:');
    for (const rule of rules) {
      lines.push(`#       - eval: ${rule.eval}`, `#         metric: ${rule.metric}`);
      if (rule.alert === UNSET) lines.push(`#         alert: ${UNSET}`);
      if (rule.threshold === UNSET) lines.push(`#         threshold: ${UNSET}`);
    }
  }
  const capabilities = lines.length > 0 ? ['# capabilities:', ...lines] : [];
  const assessment = policy.assessment.notable_increase === UNSET ? ['# assessment:', `#   notable_increase: ${UNSET}`] : [];
  if (capabilities.length + assessment.length === 0) return '';
  return `
# The preset publishes no value for these numbers: until each is set, rsp-gate reports PRESET_VALUE_UNSET and the
# gate fails. Uncomment them and replace every ${UNSET} with a number. Capabilities and safeguards are matched by id,
# evidence rules by eval and metric; what you leave out comes from the preset.
${[...capabilities, ...assessment].join('\n')}
`;
}

/** Every safeguard of the preset, to be given owners. */
function ownersSection(policy: Policy): string {
  if (policy.safeguards.length === 0) return '';
  const width = Math.max(...policy.safeguards.map((s) => s.id.length));
  const lines = policy.safeguards.map(
    (s) => `#   - { id: ${s.id}, ${' '.repeat(width - s.id.length)}owners: ["@your-org/team"] }   # ${s.level}: ${s.title}`,
  );
  return `
# Owners attest safeguards with /rsp attest <id>. The preset names no owners, and a safeguard without owners can
# only be satisfied by a model's ledger (safeguards: in its model.yaml). Name the owners of each:
# safeguards:
${lines.join('\n')}
`;
}

const STANDALONE = `levels: [ASL-2, ASL-3]   # ascending; the first is the baseline every model starts at

evals:                    # names that result files use -> the policy's eval ids
  wmdp-bio: [wmdp_bio, inspect_evals/wmdp_bio]

capabilities:
  - id: cbrn-uplift
    title: Significant uplift to individuals seeking chemical or biological weapons
    requires: ASL-3         # the level a model must be handled at once this is reached or not ruled out
    evidence:
      - eval: wmdp-bio
        metric: accuracy
        alert: ${UNSET}          # early warning ("yellow line"): a number
        threshold: ${UNSET}      # the capability threshold ("red line"): a number
        direction: higher   # a higher score is more capable

safeguards:
  - id: misuse-classifiers
    level: ASL-3
    kind: deployment        # deployment | security | governance
    title: Real-time classifiers block chemical and biological weapons uplift
    owners: []              # GitHub users or @org/team who may /rsp attest it
  - id: weight-access-controls
    level: ASL-3
    kind: security
    title: Two-party access control on model weights
    owners: []

assessment:
  confidence: 0.95          # two-sided; bounds are value -/+ z*stderr
  max_age_days: 180         # evidence older than this (at the time of the evaluation) is stale
  notable_increase: 4       # effective-compute ratio since the last comprehensive assessment
  unevaluated: precautionary   # missing or stale evidence counts as reached
`;
