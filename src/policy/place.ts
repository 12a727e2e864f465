// Where a part of the merged policy was written: a line of the policy file, or the `extends:` line when only the
// preset says it (then findings name the preset, so the reader knows the value is not in the file).
import { finding, type Finding, type FindingCode, type Severity, type SourceLocation } from '../common/finding.ts';
import type { PathKey } from '../common/yaml.ts';

export interface Place {
  location: SourceLocation;
  /** Set when the value comes from this preset, not from the policy file. */
  preset?: string;
}

/** The place of the value at a path of the loaded Policy. */
export type PlaceOf = (path: readonly PathKey[]) => Place;

export function findingAt(code: FindingCode, severity: Severity, message: string, place: Place): Finding {
  const suffix = place.preset === undefined ? '' : ` (from preset ${place.preset})`;
  return finding(code, severity, `${message}${suffix}`, place.location);
}
