// The one sentence a busy reviewer reads first.
import type { Finding } from '../common/finding.ts';
import { plural } from './format.ts';
import type { ModelVerdict, Verdict } from './types.ts';

const NAMED_MODELS = 2;

function errorCodes(findings: readonly Finding[]): Set<string> {
  return new Set(findings.filter((f) => f.severity === 'error').map((f) => f.code));
}

/** What is wrong with a model, in a few words, or undefined when it has no error of its own. */
function modelProblem(m: ModelVerdict): string | undefined {
  const errors = m.findings.filter((f) => f.severity === 'error');
  const codes = errorCodes(m.findings);
  if (codes.has('DECLARED_LEVEL_TOO_LOW')) return `${m.id} needs ${m.requiredLevel} but declares ${m.declaredLevel}`;
  if (codes.has('UNKNOWN_LEVEL')) return `${m.id} declares a level the policy does not define (${m.declaredLevel})`;
  const evidence = errors.filter((f) => f.code === 'MISSING_EVIDENCE' || f.code === 'STALE_EVIDENCE' || f.code === 'SELF_REPORTED').length;
  if (evidence > 0) return `${m.id} lacks fresh evidence for ${plural(evidence, 'rule')}`;
  if (codes.has('NOTABLE_INCREASE_UNASSESSED')) return `${m.id} needs a new comprehensive assessment`;
  return errors.length > 0 ? `${m.id} has ${plural(errors.length, 'error')}` : undefined;
}

function sharedProblem(findings: readonly Finding[]): string | undefined {
  const errors = findings.filter((f) => f.severity === 'error');
  if (errors.length === 0) return undefined;
  if (errorCodes(findings).has('POLICY_INVALID')) return 'the policy is invalid';
  return `${plural(errors.length, 'input error')} (${[...errorCodes(findings)].sort().join(', ')})`;
}

function pendingCount(models: readonly ModelVerdict[]): number {
  return models.reduce((n, m) => n + m.safeguards.filter((s) => s.status === 'pending').length, 0);
}

function pendingText(models: readonly ModelVerdict[]): string | undefined {
  const pending = pendingCount(models);
  return pending > 0 ? `${plural(pending, 'safeguard')} pending` : undefined;
}

function attestationsOutstanding(models: readonly ModelVerdict[]): string | undefined {
  const waiting = models.filter((m) => m.safeguards.some((s) => s.status === 'pending'));
  const [only] = waiting;
  const pending = plural(pendingCount(waiting), 'safeguard');
  if (waiting.length === 1 && only) return `${only.id} needs ${only.requiredLevel}; ${pending} pending attestation`;
  return waiting.length > 1 ? `${pending} pending attestation across ${waiting.length} models` : undefined;
}

/** Upper-case the first letter, unless the sentence starts with a model id (ids keep their spelling). */
function sentence(parts: ReadonlyArray<string | undefined>, models: readonly ModelVerdict[], fallback: string): string {
  const text = parts.filter((p) => p !== undefined).join('; ');
  if (text === '') return fallback;
  const startsWithId = models.some((m) => text.startsWith(m.id));
  return `${startsWithId ? text : text.charAt(0).toUpperCase() + text.slice(1)}.`;
}

export function headline(v: Pick<Verdict, 'conclusion' | 'requiredLevel' | 'policy' | 'models' | 'findings' | 'counts'>): string {
  const unapproved = v.policy.changed && v.policy.approvedBy.length === 0 ? 'the policy change awaits approval' : undefined;
  switch (v.conclusion) {
    case 'neutral':
      return 'Nothing the policy governs changed.';
    case 'failure': {
      const problems = v.models.map(modelProblem).filter((p): p is string => p !== undefined);
      const extra = problems.length - NAMED_MODELS;
      const more = extra > 0 ? `${extra} more ${extra === 1 ? 'model fails' : 'models fail'}` : undefined;
      return sentence(
        [...problems.slice(0, NAMED_MODELS), more, sharedProblem(v.findings), pendingText(v.models)],
        v.models,
        'The gate fails.',
      );
    }
    case 'action_required':
      return sentence([attestationsOutstanding(v.models), unapproved], v.models, 'Action is required.');
    case 'success': {
      const [only] = v.models;
      if (v.models.length === 0) return 'No model needed evaluation; nothing blocks the gate.';
      if (v.models.length === 1 && only)
        return `${only.id} needs ${only.requiredLevel} and declares ${only.declaredLevel}; every required safeguard is in place.`;
      return `All ${v.models.length} models meet their required levels (highest ${v.requiredLevel}); every required safeguard is in place.`;
    }
  }
}
