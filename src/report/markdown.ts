// The sticky PR comment and check summary: the headline first, then each model, the findings and the commands.
// It never exceeds its length limit: it summarises more and more, never cutting through a table.
import type { PolicyPreview, Verdict } from '../engine/types.ts';
import { plural } from '../engine/format.ts';
import { allFindings } from './all-findings.ts';
import { codeSpan, escapeMarkdown } from './escape.ts';
import { CONCLUSION_LABEL, SEVERITIES, SEVERITY_LABEL } from './labels.ts';
import { findingsSection } from './markdown-findings.ts';
import { OVERVIEW_HEADERS, isPassing, modelSection, overviewRow } from './markdown-model.ts';
import { markdownTable } from './markdown-table.ts';

/** The hidden marker by which the sticky comment is found again. */
export const REPORT_MARKER = '<!-- rsp-gate:report -->';
/** GitHub's limit on a comment body. */
export const DEFAULT_MAX_LENGTH = 65_536;
/** Findings listed per severity when the comment has to be shortened. */
const SHORT_LIST = 20;

export interface MarkdownOptions {
  maxLength?: number;
  /** Link to the full report (the check run, the workflow run). */
  detailsUrl?: string;
  /** Name shown in the header; the check name. */
  title?: string;
}

/** From everything to the least that still tells the reviewer what to do. */
const DETAIL_LEVELS = ['full', 'failing-details', 'one-line', 'failing-only', 'counts'] as const;
type Detail = (typeof DETAIL_LEVELS)[number];

function header(v: Verdict, title: string): string {
  const { icon, word } = CONCLUSION_LABEL[v.conclusion];
  return `${REPORT_MARKER}\n### ${icon} ${escapeMarkdown(title)}: ${word}\n\n**${escapeMarkdown(v.headline)}**`;
}

function countsLine(v: Verdict): string {
  const counts = SEVERITIES.map((s) => `${SEVERITY_LABEL[s].icon} ${v.counts[s]} ${v.counts[s] === 1 ? SEVERITY_LABEL[s].one : SEVERITY_LABEL[s].many}`);
  return `${plural(v.models.length, 'model')} evaluated · required level ${escapeMarkdown(v.requiredLevel)} · ${counts.join(' · ')}`;
}

function overview(v: Verdict, onlyFailing: boolean): string {
  const shown = onlyFailing ? v.models.filter((m) => !isPassing(m)) : v.models;
  const hidden = v.models.length - shown.length;
  const table = shown.length > 0 ? markdownTable(OVERVIEW_HEADERS, shown.map(overviewRow)) : '';
  const note = hidden > 0 ? `_${plural(hidden, 'passing model')} not listed, to fit the comment._` : '';
  return [table, note].filter((p) => p !== '').join('\n\n');
}

function previewChanges(p: PolicyPreview): boolean {
  return p.requiredLevel !== p.requiredLevelUnderNewPolicy;
}

function policySection(v: Verdict, onlyChanges: boolean): string {
  if (!v.policy.changed) return '';
  const approval =
    v.policy.approvedBy.length > 0
      ? `approved by ${v.policy.approvedBy.map(escapeMarkdown).join(', ')}`
      : `awaiting ${codeSpan('/rsp approve-policy')} from a policy approver`;
  const intro = `This PR changes the policy (${escapeMarkdown(v.policy.file)}); it is judged by the base policy. The change is ${approval}.`;
  const preview = v.policy.preview;
  if (preview === undefined) return `### Policy change\n\n${intro}`;
  const rows = (onlyChanges ? preview.filter(previewChanges) : preview).map((p) => [
    escapeMarkdown(p.model),
    escapeMarkdown(p.requiredLevel),
    `${previewChanges(p) ? '**' : ''}${escapeMarkdown(p.requiredLevelUnderNewPolicy)}${previewChanges(p) ? '**' : ''}`,
    `${CONCLUSION_LABEL[p.conclusionUnderNewPolicy].icon} ${CONCLUSION_LABEL[p.conclusionUnderNewPolicy].word}`,
  ]);
  const unchanged = preview.length - rows.length;
  const table = rows.length > 0 ? markdownTable(['Model', 'Required now', 'Under the new policy', 'Result under the new policy'], rows) : '';
  const note = unchanged > 0 ? `_${plural(unchanged, 'other model')} keep their required level._` : '';
  return ['### Policy impact', intro, table, note].filter((p) => p !== '').join('\n\n');
}

function safeUrl(url: string | undefined): string | undefined {
  if (url === undefined || !/^https?:\/\/[^\s<>]+$/.test(url)) return undefined;
  return url.replace(/[()]/g, (c) => encodeURIComponent(c));
}

function footer(v: Verdict, detailsUrl: string | undefined): string {
  const commands = ['/rsp attest <safeguard> [model]', '/rsp revoke <safeguard> [model]', '/rsp approve-policy', '/rsp evaluate', '/rsp explain [model]', '/rsp help'];
  const url = safeUrl(detailsUrl);
  const details = url === undefined ? '' : ` · [Full report](${url})`;
  return `---\n<sub>**Commands** (a line of a PR comment): ${commands.map((c) => codeSpan(c)).join(' · ')} · reference date ${escapeMarkdown(v.referenceDate)}${details}</sub>`;
}

function render(v: Verdict, detail: Detail, options: MarkdownOptions): string {
  const title = options.title ?? 'rsp-gate';
  const findings = allFindings(v);
  const sections: string[] = [header(v, title)];
  if (detail === 'counts') {
    sections.push(countsLine(v), '_The full report is too large for a comment; see the check run or the JSON report._');
    return sections.join('\n\n');
  }
  sections.push(overview(v, detail === 'failing-only'));
  if (detail === 'full' || detail === 'failing-details') {
    const detailed = detail === 'full' ? v.models : v.models.filter((m) => !isPassing(m));
    sections.push(...detailed.map(modelSection));
    const left = v.models.length - detailed.length;
    if (left > 0) sections.push(`_Evidence tables of ${plural(left, 'passing model')} are left out to fit the comment._`);
  }
  const listed = detail === 'full' || detail === 'failing-details' ? SEVERITIES : (['error'] as const);
  const limit = detail === 'failing-only' ? SHORT_LIST : Number.MAX_SAFE_INTEGER;
  sections.push(findingsSection(findings, { listed, limit }));
  sections.push(policySection(v, detail === 'failing-only'));
  sections.push(footer(v, options.detailsUrl));
  return `${sections.filter((s) => s !== '').join('\n\n')}\n`;
}

/** Whole lines of `text` that fit in `max` characters: the last resort for absurdly small limits. */
function wholeLines(text: string, max: number): string {
  const lines = text.split('\n');
  let out = '';
  for (const line of lines) {
    const next = out === '' ? line : `${out}\n${line}`;
    if (next.length > max) break;
    out = next;
  }
  return out;
}

export function renderMarkdown(verdict: Verdict, options: MarkdownOptions = {}): string {
  const max = options.maxLength ?? DEFAULT_MAX_LENGTH;
  let text = '';
  for (const detail of DETAIL_LEVELS) {
    text = render(verdict, detail, options);
    if (text.length <= max) return text;
  }
  return wholeLines(text, max);
}
