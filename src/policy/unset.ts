// Numbers still marked SET: a preset publishes no value for them, so the policy must. Each one fails the gate
// until it is set, because a threshold nobody chose cannot rule anything out.
import type { Finding } from '../common/finding.ts';
import type { PathKey } from '../common/yaml.ts';
import { describePath } from './describe-path.ts';
import { findingAt, type PlaceOf } from './place.ts';
import { UNSET, type Policy } from './schema.ts';

export function findUnsetValues(policy: Policy, placeOf: PlaceOf): Finding[] {
  const paths: PathKey[][] = [];
  policy.capabilities.forEach((capability, c) => {
    capability.evidence.forEach((rule, r) => {
      if (rule.alert === UNSET) paths.push(['capabilities', c, 'evidence', r, 'alert']);
      if (rule.threshold === UNSET) paths.push(['capabilities', c, 'evidence', r, 'threshold']);
    });
  });
  if (policy.assessment.notable_increase === UNSET) paths.push(['assessment', 'notable_increase']);
  return paths.map((path) => {
    const place = placeOf(path);
    const name = describePath(policy, path);
    const message =
      place.preset === undefined
        ? `${name} is still "${UNSET}": replace it with a number`
        : `preset "${place.preset}" leaves ${name} to you: set it in this file`;
    // The preset's name is already in the message; no "(from preset …)" suffix.
    return findingAt('PRESET_VALUE_UNSET', 'error', message, { location: place.location });
  });
}
