// The Risk Reports a change is judged with: read from the BASE commit, as the policy is, so that a report counts once
// it is merged and a pull request cannot vouch for its own deployment. Read only when a model in scope needs one.
import { finding, type Finding } from '../common/finding.ts';
import { pathMatcher } from '../common/globs.ts';
import { needsRiskReport } from '../engine/risk-reports.ts';
import { loadRiskReport, type LoadedRiskReport } from '../evidence/risk-report.ts';
import type { LoadedModel } from '../policy/loaded-model.ts';
import { MAX_CONFIG_SIZE } from '../policy/read-document.ts';
import type { Policy } from '../policy/schema.ts';
import type { RepoReader, TreeEntry } from '../ports/repo-reader.ts';
import { readText } from '../sources/file-source.ts';

export interface RiskReportReads {
  reports: LoadedRiskReport[];
  findings: Finding[];
}

export async function readRiskReports(
  reader: RepoReader,
  commit: string,
  tree: readonly TreeEntry[],
  policy: Policy,
  inScope: readonly LoadedModel[],
): Promise<RiskReportReads> {
  const rule = policy.risk_reports;
  if (rule === undefined || !inScope.some((m) => needsRiskReport(m, rule))) return { reports: [], findings: [] };
  const isReport = pathMatcher(rule.paths);
  const paths = tree.map((e) => e.path).filter((p) => isReport(p));
  const files = await reader.readFiles(commit, paths);
  const reads: RiskReportReads = { reports: [], findings: [] };
  for (const path of paths) {
    const src = files.get(path);
    if (src === undefined || src.size > MAX_CONFIG_SIZE) {
      const why = src === undefined ? 'could not be read' : `is ${src.size} bytes; the limit is ${MAX_CONFIG_SIZE}`;
      reads.findings.push(finding('RISK_REPORT_INVALID', 'error', `Risk Report ${why}`, { file: path, line: 1 }));
      continue;
    }
    const loaded = loadRiskReport(await readText(src), path);
    reads.findings.push(...loaded.findings);
    if (loaded.report) reads.reports.push(loaded.report);
  }
  return { reports: reads.reports.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0)), findings: reads.findings };
}
