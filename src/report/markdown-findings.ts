// Findings by severity, then grouped by code: a few of each code listed, the rest collapsed or counted, so that
// hundreds of near-identical findings take a few lines. Pending safeguards are the checklist's, never repeated here.
import { FINDING_CODES, type Finding, type Severity } from '../common/finding.ts';
import { plural } from '../engine/format.ts';
import { codeSpan, escapeMarkdown } from './escape.ts';
import { locationText } from './evidence-text.ts';
import { SEVERITIES, SEVERITY_LABEL } from './labels.ts';
import { pushTo } from '../common/group.ts';

/** Codes the checklist and to-do already say, one row per safeguard. */
const IN_CHECKLIST = new Set<string>(['SAFEGUARD_PENDING']);

/** A pending safeguard whose ledger entry the PR adds or removes says more than its checklist row: it is listed. */
function onlyInChecklist(f: Finding): boolean {
  return IN_CHECKLIST.has(f.code) && !/\(this PR (?:adds it to|removes it from) the ledger/.test(f.message);
}

export interface FindingsOptions {
  /** Findings listed per code; the rest go into a collapsed list, or are only counted. */
  perCode: number;
  /** Whether the findings beyond `perCode` are listed in a collapsed `<details>`. */
  collapseRest: boolean;
}

export function findingLine(f: Finding): string {
  const where = locationText(f.file, f.line);
  return `- ${codeSpan(f.code)}${where === '' ? '' : ` ${escapeMarkdown(where)}`} — ${escapeMarkdown(f.message)}`;
}

function countLabel(severity: Severity, n: number): string {
  const label = SEVERITY_LABEL[severity];
  return `${label.icon} ${n} ${n === 1 ? label.one : label.many}`;
}

function byCode(items: readonly Finding[]): Map<string, Finding[]> {
  const groups = new Map<string, Finding[]>();
  for (const f of items) pushTo(groups, f.code, f);
  return groups;
}

function codeGroup(code: string, items: readonly Finding[], options: FindingsOptions): string {
  if (items.length <= Math.max(1, options.perCode)) return items.map(findingLine).join('\n');
  const about = FINDING_CODES[code as keyof typeof FINDING_CODES] ?? '';
  const shown = items.slice(0, options.perCode);
  const rest = items.slice(shown.length);
  const first = items[0]!;
  const example =
    shown.length === 0 ? ` e.g. ${escapeMarkdown(locationText(first.file, first.line) || first.message)}, and ${rest.length - 1} more` : '';
  const head = `- **${items.length} × ${codeSpan(code)}** ${escapeMarkdown(about)}${example}`;
  const listed = shown.map((f) => `  ${findingLine(f)}`);
  const more =
    shown.length === 0
      ? []
      : options.collapseRest
        ? [`  <details><summary>and ${rest.length} more</summary>\n\n${rest.map((f) => `  ${findingLine(f)}`).join('\n')}\n\n  </details>`]
        : [`  - … and ${rest.length} more`];
  return [head, ...listed, ...more].join('\n');
}

function pendingPointer(n: number): string {
  return `- ${plural(n, 'safeguard')} pending (${codeSpan('SAFEGUARD_PENDING')}): see the checklist above.`;
}

export function findingsSection(findings: readonly Finding[], options: FindingsOptions): string {
  const parts = SEVERITIES.flatMap((severity) => {
    const all = findings.filter((f) => f.severity === severity);
    if (all.length === 0) return [];
    const pending = all.filter(onlyInChecklist).length;
    const groups = [...byCode(all.filter((f) => !onlyInChecklist(f)))].map(([code, items]) => codeGroup(code, items, options));
    if (pending > 0) groups.push(pendingPointer(pending));
    return [`**${countLabel(severity, all.length)}**\n\n${groups.join('\n')}`];
  });
  return parts.length > 0 ? `### Findings\n\n${parts.join('\n\n')}` : '';
}
