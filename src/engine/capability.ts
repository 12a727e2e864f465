// One capability for one model: its rules combined into a status, and the findings that status calls for.
import type { Capability } from '../policy/schema.ts';
import { append } from '../common/append.ts';
import { finding, type Finding, type FindingCode, type Severity } from '../common/finding.ts';
import { evaluateRule, type RuleContext } from './evidence-rule.ts';
import { ruleHistory } from './history.ts';
import { leastStatus, worstStatus } from './status-rank.ts';
import type { CapabilityStatus, CapabilityVerdict, EvidenceVerdict } from './types.ts';

export interface CapabilityOutcome {
  verdict: CapabilityVerdict;
  findings: Finding[];
}

const STATUS_FINDING: Partial<Record<CapabilityStatus, { code: FindingCode; severity: Severity; says: string }>> = {
  crossed: { code: 'THRESHOLD_CROSSED', severity: 'notice', says: 'threshold crossed' },
  not_ruled_out: { code: 'THRESHOLD_NOT_RULED_OUT', severity: 'notice', says: 'threshold not ruled out' },
  approaching: { code: 'ALERT_REACHED', severity: 'warning', says: 'alert reached' },
};

/** Whether a capability with this status raises the required level. */
function demandsLevel(status: CapabilityStatus, precautionary: boolean): boolean {
  return status === 'crossed' || status === 'not_ruled_out' || (status === 'unevaluated' && precautionary);
}

export function evaluateCapability(capability: Capability, ctx: RuleContext, precautionary: boolean): CapabilityOutcome {
  const findings: Finding[] = [];
  const rules: EvidenceVerdict[] = capability.evidence.map((rule) => {
    const outcome = evaluateRule(rule, capability.id, ctx);
    append(findings, outcome.findings);
    const history = ruleHistory(rule, ctx);
    return history.length > 0 ? { ...outcome.verdict, history } : outcome.verdict;
  });
  const statuses = rules.map((r) => r.status);
  const combined = capability.combine === 'all' ? leastStatus(statuses) : worstStatus(statuses);
  const status: CapabilityStatus = combined ?? 'unevaluated';
  const deciding = rules.filter((r) => r.status === status);
  const reason =
    combined === undefined
      ? 'the policy names no evidence for this capability, so it cannot be ruled out'
      : deciding.map((r) => `${r.eval}/${r.metric}: ${r.reason}`).join('; ');
  if (combined === undefined) {
    findings.push(
      finding('MISSING_EVIDENCE', ctx.unevaluatedSeverity, `${ctx.modelId}: ${capability.id}: ${reason}`, {
        file: ctx.modelFile,
        line: ctx.modelLine,
        model: ctx.modelId,
      }),
    );
  }
  const statusFinding = STATUS_FINDING[status];
  if (statusFinding) {
    for (const r of deciding) {
      const message = `${ctx.modelId}: ${capability.id} (${capability.title}) ${statusFinding.says}: ${r.eval}/${r.metric} ${r.reason}`;
      const where = r.file === null ? { file: ctx.modelFile, line: ctx.modelLine } : { file: r.file, line: r.line ?? 1 };
      findings.push(finding(statusFinding.code, statusFinding.severity, message, { ...where, model: ctx.modelId }));
    }
  }
  return {
    verdict: {
      id: capability.id,
      title: capability.title,
      status,
      requires: capability.requires,
      demandsLevel: demandsLevel(status, precautionary),
      reason,
      evidence: rules,
    },
    findings,
  };
}
