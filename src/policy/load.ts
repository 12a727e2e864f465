// Load the policy file: parse with positions, merge the preset it extends, validate, apply defaults and check what
// the schema cannot. It never throws and always returns a usable Policy; any error finding fails the gate.
import { finding, type Finding, type SourceLocation } from '../common/finding.ts';
import type { PathKey } from '../common/yaml.ts';
import { buildPolicy } from './build-policy.ts';
import { checkCompleteness, checkPolicy } from './checks.ts';
import { describePath } from './describe-path.ts';
import { mergeOverPreset, type MergedPolicy } from './merge.ts';
import { schemaFindings } from '../common/schema-findings.ts';
import type { Place, PlaceOf } from './place.ts';
import { findPreset, PRESETS } from './presets/index.ts';
import type { RawObject } from './raw.ts';
import { readConfigDocument } from './read-document.ts';
import { PolicySchema, type Policy } from './schema.ts';
import { findUnsetValues } from './unset.ts';

export interface LoadedPolicy {
  policy: Policy;
  findings: Finding[];
  /** Where the value at a path of `policy` was written: a line of the file, or its `extends:` line for a preset's. */
  locate(path: readonly (string | number)[]): SourceLocation;
}

export function loadPolicy(text: string | undefined, file: string): LoadedPolicy {
  try {
    return load(text, file);
  } catch (err) {
    // Fail closed on anything unforeseen (e.g. a document nested deeper than the stack).
    const message = `the policy could not be loaded: ${(err as Error).message}`;
    return failed(file, [finding('POLICY_INVALID', 'error', message, { file, line: 1 })]);
  }
}

function load(text: string | undefined, file: string): LoadedPolicy {
  if (text === undefined) {
    const message = `no policy found at ${file}: run \`rsp-gate init\` to write one, and merge it first, since a pull request is judged by the policy of its base commit`;
    return failed(file, [finding('POLICY_NOT_FOUND', 'error', message, { file })]);
  }
  const doc = readConfigDocument(text, file, { parseCode: 'POLICY_INVALID', invalidCode: 'POLICY_INVALID', label: 'policy' });
  if (doc.value === undefined) return { ...failed(file, doc.findings), locate: doc.locate };
  const user = doc.value;
  const findings = [...doc.findings];

  const presetName = typeof user.extends === 'string' ? user.extends : undefined;
  const extendsAt = doc.locate(['extends']);
  const preset = presetName === undefined ? { value: {}, known: true } : readPreset(presetName, extendsAt);
  findings.push(...(preset.findings ?? []));

  const merged = mergeOverPreset(user, preset.value);
  const placeInMerged = (path: readonly PathKey[]): Place => {
    const origin = merged.trace(path);
    return origin.from === 'user' ? { location: doc.locate(origin.path) } : { location: extendsAt, preset: presetName! };
  };
  findings.push(...mergedSchemaFindings(merged, placeInMerged));

  const built = buildPolicy(merged.value);
  const placeOf: PlaceOf = (path) => placeInMerged(built.toMergedPath(path));
  // With an unknown preset, what it would have given is missing; its one finding says so.
  if (preset.known) findings.push(...checkCompleteness(merged.value, placeOf));
  findings.push(...checkPolicy(built.policy, placeOf), ...findUnsetValues(built.policy, placeOf));
  return { policy: built.policy, findings, locate: (path) => placeOf(path).location };
}

function failed(file: string, findings: Finding[]): LoadedPolicy {
  return { policy: buildPolicy({}).policy, findings, locate: () => ({ file }) };
}

interface ReadPreset {
  value: RawObject;
  known: boolean;
  findings?: Finding[];
}

function readPreset(name: string, extendsAt: SourceLocation): ReadPreset {
  const preset = findPreset(name);
  if (preset === undefined) {
    const message = `unknown preset "${name}": the built-in presets are ${Object.keys(PRESETS).join(', ')}`;
    return { value: {}, known: false, findings: [finding('POLICY_INVALID', 'error', message, extendsAt)] };
  }
  const doc = readConfigDocument(preset.text, `preset ${name}`, {
    parseCode: 'POLICY_INVALID',
    invalidCode: 'POLICY_INVALID',
    label: 'preset',
  });
  const findings = doc.findings.map((f) =>
    finding('POLICY_INVALID', 'error', `built-in preset "${name}" cannot be read: ${f.message}`, extendsAt),
  );
  return { value: doc.value ?? {}, known: doc.value !== undefined, findings };
}

/** Every schema issue of the merged document, at the line that wrote the value (or the preset's `extends:`). */
function mergedSchemaFindings(merged: MergedPolicy, placeInMerged: (path: readonly PathKey[]) => Place): Finding[] {
  const result = PolicySchema.safeParse(merged.value);
  if (result.success) return [];
  return schemaFindings(result.error, {
    code: 'POLICY_INVALID',
    name: (path) => describePath(merged.value, path),
    place: (path) => {
      const place = placeInMerged(path);
      return { location: place.location, ...(place.preset === undefined ? {} : { note: `(from preset ${place.preset})` }) };
    },
  });
}
