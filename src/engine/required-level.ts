// The level a model must be handled at, and whether its declared level meets it.
import { finding, type Finding } from '../common/finding.ts';
import { baselineLevel, isKnownLevel, levelRank } from './levels.ts';
import type { CapabilityVerdict } from './types.ts';
import type { LoadedModel } from '../policy/loaded-model.ts';

/** The highest level demanded by a capability, or the baseline when none demands one. */
export function requiredLevel(levels: readonly string[], capabilities: readonly CapabilityVerdict[]): string {
  let required = baselineLevel(levels);
  for (const c of capabilities) {
    if (c.demandsLevel && levelRank(levels, c.requires) > levelRank(levels, required)) required = c.requires;
  }
  return required;
}

export function highestLevel(levels: readonly string[], candidates: readonly string[]): string {
  return candidates.reduce((best, l) => (levelRank(levels, l) > levelRank(levels, best) ? l : best), baselineLevel(levels));
}

export function checkDeclaredLevel(levels: readonly string[], model: LoadedModel, required: string): Finding[] {
  const declared = model.config.declared_level;
  const where = { file: model.file, line: model.lines['declared_level'] ?? 1, model: model.config.id };
  if (!isKnownLevel(levels, declared)) {
    return [
      finding(
        'UNKNOWN_LEVEL',
        'error',
        `${model.config.id} declares level "${declared}", which the policy does not define (levels: ${levels.join(', ')})`,
        where,
      ),
    ];
  }
  if (levelRank(levels, declared) < levelRank(levels, required)) {
    return [finding('DECLARED_LEVEL_TOO_LOW', 'error', `${model.config.id} needs ${required} but declares ${declared}`, where)];
  }
  return [];
}

/** Levels the policy's capabilities and safeguards name but does not define: the policy cannot be applied as written. */
export function checkPolicyLevels(
  levels: readonly string[],
  named: ReadonlyArray<{ what: string; level: string }>,
  policyFile: string,
): Finding[] {
  return named
    .filter((n) => !isKnownLevel(levels, n.level))
    .map((n) =>
      finding(
        'UNKNOWN_LEVEL',
        'error',
        `${n.what} names level "${n.level}", which the policy does not define (levels: ${levels.join(', ')})`,
        { file: policyFile, line: 1 },
      ),
    );
}
