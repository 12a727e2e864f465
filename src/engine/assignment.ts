// Every result goes to the model(s) it names; a result that names no known model is a finding, never dropped.
import type { EvidenceRecord } from '../evidence/types.ts';
import { finding, type Finding } from '../common/finding.ts';
import { checkFolderModels, type ModelIndex } from './matching.ts';
import { pushTo } from '../common/group.ts';

export interface Assignment {
  /** Results per model id. */
  byModel: Map<string, EvidenceRecord[]>;
  /** UNKNOWN_MODEL, one per file and model name. */
  findings: Finding[];
}

export function assignRecords(records: readonly EvidenceRecord[], index: ModelIndex): Assignment {
  const byModel = new Map<string, EvidenceRecord[]>();
  const unknown = new Map<string, { record: EvidenceRecord; line: number }>();
  for (const r of records) {
    const ids = index.modelsFor(r.model);
    for (const id of ids) {
      pushTo(byModel, id, r);
    }
    if (ids.length > 0) continue;
    const key = JSON.stringify([r.file, r.model]);
    const line = r.line ?? 1;
    const seen = unknown.get(key);
    if (seen === undefined || line < seen.line) unknown.set(key, { record: r, line });
  }
  const findings = [...unknown.values()].map(({ record, line }) => {
    const named = record.modelFromPath === true ? `its folder names model "${record.model}"` : `it names model "${record.model}"`;
    return finding(
      'UNKNOWN_MODEL',
      'error',
      `a result in ${record.file} cannot be matched: ${named}, which no model config claims by id or alias`,
      {
        file: record.file,
        line,
      },
    );
  });
  return { byModel, findings: [...findings, ...index.nameFindings, ...checkFolderModels(records, index)] };
}
