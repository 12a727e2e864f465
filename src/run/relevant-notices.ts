// A notice about a file is this PR's business only when the PR changes the file or evaluates a model whose results it
// holds: a whole repository's notices would otherwise bury the few that matter. Warnings and errors always stay.
import type { Finding } from '../common/finding.ts';
import { namesAny } from '../engine/matching.ts';
import type { EvidenceRecord } from '../evidence/types.ts';
import type { LoadedModel } from '../policy/loaded-model.ts';

export function relevantNotices(
  findings: readonly Finding[],
  changed: ReadonlySet<string>,
  inScope: readonly LoadedModel[],
  recordsByFile: ReadonlyMap<string, readonly EvidenceRecord[]>,
): Finding[] {
  // One set of the names in scope, not every model's names per record: a whole repository has thousands of notices.
  const named = namesAny(inScope);
  return findings.filter((f) => {
    if (f.severity !== 'notice' || f.file === undefined || changed.has(f.file)) return true;
    const records = recordsByFile.get(f.file) ?? [];
    return records.some((r) => named(r.model));
  });
}
