// What the schema cannot check about a merged policy: unique ids, levels that exist, alerts on the near side of
// their thresholds, eval names that mean one eval only, and a policy with something to enforce.
import type { Finding } from '../common/finding.ts';
import { nameKey } from '../common/names.ts';
import type { PathKey } from '../common/yaml.ts';
import { describePath } from './describe-path.ts';
import { ruleKey } from './merge.ts';
import { findingAt, type PlaceOf } from './place.ts';
import type { RawObject } from './raw.ts';
import { UNSET, type Policy } from './schema.ts';

export function checkPolicy(policy: Policy, placeOf: PlaceOf): Finding[] {
  return [
    ...checkUniqueIds(policy, placeOf),
    ...checkLevelsExist(policy, placeOf),
    ...checkAlerts(policy, placeOf),
    ...checkEvalNames(policy, placeOf),
    ...checkCoverage(policy, placeOf),
  ];
}

/** A policy without a preset must still say what it enforces; `merged` is the document before defaults. */
export function checkCompleteness(merged: RawObject, placeOf: PlaceOf): Finding[] {
  const findings: Finding[] = [];
  if (merged.levels === undefined) {
    findings.push(
      findingAt(
        'POLICY_INVALID',
        'error',
        'the policy defines no levels: add `levels:` (ascending, the baseline first) or `extends:` a preset',
        placeOf([]),
      ),
    );
  }
  if (merged.capabilities === undefined || (Array.isArray(merged.capabilities) && merged.capabilities.length === 0)) {
    findings.push(
      findingAt(
        'POLICY_INVALID',
        'error',
        'the policy defines no capabilities: add at least one under `capabilities:` or `extends:` a preset',
        placeOf([]),
      ),
    );
  }
  return findings;
}

function checkUniqueIds(policy: Policy, placeOf: PlaceOf): Finding[] {
  const findings: Finding[] = [];
  const unique = (what: string, keys: string[], pathOf: (i: number) => PathKey[], shown: (i: number) => string) => {
    const first = new Map<string, number>();
    keys.forEach((key, i) => {
      const earlier = first.get(key);
      if (earlier === undefined) {
        first.set(key, i);
        return;
      }
      const before = placeOf(pathOf(earlier));
      const also = before.preset === undefined && before.location.line !== undefined ? ` (first at line ${before.location.line})` : '';
      findings.push(findingAt('POLICY_INVALID', 'error', `duplicate ${what} ${shown(i)}${also}: each must be unique`, placeOf(pathOf(i))));
    });
  };
  unique(
    'level',
    policy.levels,
    (i) => ['levels', i],
    (i) => `"${policy.levels[i]}"`,
  );
  unique(
    'capability id',
    policy.capabilities.map((c) => c.id),
    (i) => ['capabilities', i, 'id'],
    (i) => `"${policy.capabilities[i]!.id}"`,
  );
  unique(
    'safeguard id',
    policy.safeguards.map((s) => s.id),
    (i) => ['safeguards', i, 'id'],
    (i) => `"${policy.safeguards[i]!.id}"`,
  );
  policy.capabilities.forEach((capability, c) => {
    unique(
      `evidence rule in capability "${capability.id}":`,
      capability.evidence.map((rule) => ruleKey(rule)!),
      (r) => ['capabilities', c, 'evidence', r],
      (r) => `${capability.evidence[r]!.eval}/${capability.evidence[r]!.metric}`,
    );
  });
  return findings;
}

function checkLevelsExist(policy: Policy, placeOf: PlaceOf): Finding[] {
  if (policy.levels.length === 0) return []; // reported once by the completeness check or the schema
  const known = new Set(policy.levels);
  const list = policy.levels.join(', ');
  const findings: Finding[] = [];
  policy.capabilities.forEach((c, i) => {
    if (!known.has(c.requires)) {
      findings.push(
        findingAt(
          'POLICY_INVALID',
          'error',
          `capability "${c.id}" requires level "${c.requires}", which is not one of the levels (${list})`,
          placeOf(['capabilities', i, 'requires']),
        ),
      );
    }
  });
  policy.safeguards.forEach((s, i) => {
    if (!known.has(s.level)) {
      findings.push(
        findingAt(
          'POLICY_INVALID',
          'error',
          `safeguard "${s.id}" is for level "${s.level}", which is not one of the levels (${list})`,
          placeOf(['safeguards', i, 'level']),
        ),
      );
    }
  });
  return findings;
}

/** The alert is the early warning: it must not lie past the threshold in the direction of more capability. */
function checkAlerts(policy: Policy, placeOf: PlaceOf): Finding[] {
  const findings: Finding[] = [];
  policy.capabilities.forEach((capability, c) => {
    capability.evidence.forEach((rule, r) => {
      const { alert, threshold, direction } = rule;
      if (alert === undefined || alert === UNSET || threshold === UNSET) return;
      const beyond = direction === 'higher' ? alert > threshold : alert < threshold;
      if (!beyond) return;
      const rulePath: PathKey[] = ['capabilities', c, 'evidence', r];
      const alertPlace = placeOf([...rulePath, 'alert']);
      const thresholdPlace = placeOf([...rulePath, 'threshold']);
      // Point at the number the file wrote: that is the one its author changed.
      const place = alertPlace.preset === undefined ? alertPlace : thresholdPlace;
      const side = direction === 'higher' ? 'at or below' : 'at or above';
      const message = `${describePath(policy, rulePath)}: alert ${alert} is beyond threshold ${threshold}; with direction ${direction} the alert must be ${side} the threshold`;
      findings.push(findingAt('POLICY_INVALID', 'error', message, place));
    });
  });
  return findings;
}

/** Results are matched to eval ids by nameKey (case, NFC, invisible characters), by id or alias: each name must lead to one eval. */
function checkEvalNames(policy: Policy, placeOf: PlaceOf): Finding[] {
  const findings: Finding[] = [];
  const owner = new Map<string, string>();
  const claim = (name: string, evalId: string, path: PathKey[], what: string) => {
    const key = nameKey(name);
    const current = owner.get(key);
    if (current === undefined) {
      owner.set(key, evalId);
    } else if (current !== evalId) {
      findings.push(
        findingAt(
          'POLICY_INVALID',
          'error',
          `${what} "${name}" also names eval "${current}": a result named so would count for both`,
          placeOf(path),
        ),
      );
    }
  };
  for (const id of Object.keys(policy.evals)) claim(id, id, ['evals', id], 'eval id');
  policy.capabilities.forEach((capability, c) => {
    capability.evidence.forEach((rule, r) => {
      claim(rule.eval, rule.eval, ['capabilities', c, 'evidence', r, 'eval'], 'eval id');
    });
  });
  for (const [id, names] of Object.entries(policy.evals)) {
    names.forEach((name, i) => {
      claim(name, id, ['evals', id, i], `alias of eval "${id}",`);
    });
  }
  return findings;
}

/** Warnings for a policy that can never be satisfied by evidence, or asks nothing of a level. */
function checkCoverage(policy: Policy, placeOf: PlaceOf): Finding[] {
  const findings: Finding[] = [];
  policy.capabilities.forEach((c, i) => {
    if (c.evidence.length === 0) {
      findings.push(
        findingAt(
          'POLICY_INVALID',
          'warning',
          `capability "${c.id}" has no evidence rules, so it is always unevaluated`,
          placeOf(['capabilities', i, 'id']),
        ),
      );
    }
  });
  const withSafeguards = new Set(policy.safeguards.map((s) => s.level));
  const baseline = policy.levels[0];
  const reported = new Set<string>();
  policy.capabilities.forEach((c, i) => {
    if (c.requires === baseline || withSafeguards.has(c.requires) || reported.has(c.requires) || !policy.levels.includes(c.requires))
      return;
    reported.add(c.requires);
    const message = `no safeguard is defined for level "${c.requires}", which capability "${c.id}" requires: a model at that level needs nothing more than at the level below`;
    findings.push(findingAt('POLICY_INVALID', 'warning', message, placeOf(['capabilities', i, 'requires'])));
  });
  return findings;
}
