// Findings grouped by severity, each with its code, place and message.
import type { Finding, Severity } from '../common/finding.ts';
import { codeSpan, escapeMarkdown } from './escape.ts';
import { locationText } from './evidence-text.ts';
import { SEVERITIES, SEVERITY_LABEL } from './labels.ts';

export interface FindingsOptions {
  /** Severities whose findings are listed one by one; the others are only counted. */
  listed: readonly Severity[];
  /** Most findings listed per severity; the rest are counted. */
  limit: number;
}

export function findingLine(f: Finding): string {
  const where = locationText(f.file, f.line);
  return `- ${codeSpan(f.code)}${where === '' ? '' : ` ${escapeMarkdown(where)}`} — ${escapeMarkdown(f.message)}`;
}

function countLabel(severity: Severity, n: number): string {
  const label = SEVERITY_LABEL[severity];
  return `${label.icon} ${n} ${n === 1 ? label.one : label.many}`;
}

export function findingsSection(findings: readonly Finding[], options: FindingsOptions): string {
  const groups = SEVERITIES.map((severity) => ({ severity, items: findings.filter((f) => f.severity === severity) })).filter((g) => g.items.length > 0);
  if (groups.length === 0) return '';
  const parts = groups.map(({ severity, items }) => {
    if (!options.listed.includes(severity)) return `**${countLabel(severity, items.length)}** (not listed here)`;
    const shown = items.slice(0, options.limit).map(findingLine);
    const rest = items.length - shown.length;
    if (rest > 0) shown.push(`- … and ${rest} more`);
    return `**${countLabel(severity, items.length)}**\n\n${shown.join('\n')}`;
  });
  return `### Findings\n\n${parts.join('\n\n')}`;
}
