// The sticky PR comment: the headline, then what is needed from whom, the checklist, each model's evidence collapsed,
// the findings grouped by code and the commands.
// It never exceeds its length limit: it summarises more and more, the to-do last, never cutting through a table.
import type { PolicyPreview, Verdict } from '../engine/types.ts';
import { plural } from '../engine/format.ts';
import { allFindings } from './all-findings.ts';
import { codeSpan, escapeMarkdown } from './escape.ts';
import { CONCLUSION_LABEL, SEVERITIES, SEVERITY_LABEL } from './labels.ts';
import type { Finding } from '../common/finding.ts';
import { findingsSection } from './markdown-findings.ts';
import { OVERVIEW_HEADERS, evidenceDetails, isPassing, modelChecklist, overviewRow, showsChecklistOpen } from './markdown-model.ts';
import { compactTable, markdownTable } from './markdown-table.ts';
import { toDoSection } from './markdown-todo.ts';

/** The hidden marker by which the sticky comment is found again. */
export const REPORT_MARKER = '<!-- rsp-gate:report -->';
/** GitHub's limit on a comment body. */
const DEFAULT_MAX_LENGTH = 65_536;

export interface MarkdownOptions {
  maxLength?: number;
  /** Link to the full report (the check run, the workflow run). */
  detailsUrl?: string;
  /** Name shown in the header; the check name. */
  title?: string;
  /** The commands line at the end; a job summary, where no one can comment, leaves it out. */
  footer?: boolean;
}

function header(v: Verdict, title: string): string {
  const { icon, word } = CONCLUSION_LABEL[v.conclusion];
  return `${REPORT_MARKER}\n### ${icon} ${escapeMarkdown(title)}: ${word}\n\n**${escapeMarkdown(v.headline)}**`;
}

function countsLine(v: Verdict): string {
  const counts = SEVERITIES.map(
    (s) => `${SEVERITY_LABEL[s].icon} ${v.counts[s]} ${v.counts[s] === 1 ? SEVERITY_LABEL[s].one : SEVERITY_LABEL[s].many}`,
  );
  return `${plural(v.models.length, 'model')} evaluated · required level ${escapeMarkdown(v.requiredLevel)} · ${counts.join(' · ')}`;
}

export function overview(v: Verdict, onlyFailing: boolean): string {
  const shown = onlyFailing ? v.models.filter((m) => !isPassing(m)) : v.models;
  const hidden = v.models.length - shown.length;
  const table = shown.length > 0 ? compactTable(OVERVIEW_HEADERS, shown.map(overviewRow)) : '';
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
  const table =
    rows.length > 0 ? markdownTable(['Model', 'Required now', 'Under the new policy', 'Result under the new policy'], rows) : '';
  const note = unchanged > 0 ? `_${plural(unchanged, 'other model')} keep their required level._` : '';
  return ['### Policy impact', intro, table, note].filter((p) => p !== '').join('\n\n');
}

export function safeUrl(url: string | undefined): string | undefined {
  if (url === undefined || !/^https?:\/\/[^\s<>]+$/.test(url)) return undefined;
  return url.replace(/[()]/g, (c) => encodeURIComponent(c));
}

function footer(v: Verdict, detailsUrl: string | undefined): string {
  const commands = [
    '/rsp attest <safeguard> [model]',
    '/rsp revoke <safeguard> [model]',
    '/rsp approve-policy',
    '/rsp evaluate',
    '/rsp explain [model]',
    '/rsp help',
  ];
  const url = safeUrl(detailsUrl);
  const details = url === undefined ? '' : ` · [Full report](${url})`;
  return `---\n<sub>**Commands** (a line of a PR comment): ${commands.map((c) => codeSpan(c)).join(' · ')} · reference date ${escapeMarkdown(v.referenceDate)}${details}</sub>`;
}

/** What each step still shows, as the comment shrinks; the to-do and the checklist go last. */
interface Step {
  evidence: 'all' | 'failing' | 'none';
  charts?: boolean;
  findings: { perCode: number; collapseRest: boolean } | 'counts';
  checklist: 'full' | 'pending' | 'none';
  overview: 'all' | 'failing' | 'none';
  maxOwners?: number;
  compactToDo?: boolean;
}

const STEPS: readonly Step[] = [
  { evidence: 'all', charts: true, findings: { perCode: 3, collapseRest: true }, checklist: 'full', overview: 'all' },
  { evidence: 'all', findings: { perCode: 3, collapseRest: true }, checklist: 'full', overview: 'all' },
  { evidence: 'all', findings: { perCode: 3, collapseRest: false }, checklist: 'full', overview: 'all' },
  { evidence: 'failing', findings: { perCode: 1, collapseRest: false }, checklist: 'full', overview: 'all' },
  { evidence: 'none', findings: { perCode: 0, collapseRest: false }, checklist: 'full', overview: 'failing' },
  { evidence: 'none', findings: 'counts', checklist: 'pending', overview: 'none' },
  { evidence: 'none', findings: 'counts', checklist: 'none', overview: 'none' },
  { evidence: 'none', findings: 'counts', checklist: 'none', overview: 'none', compactToDo: true },
  { evidence: 'none', findings: 'counts', checklist: 'none', overview: 'none', compactToDo: true, maxOwners: 10 },
];

function evidenceSection(v: Verdict, step: Step): string {
  if (step.evidence === 'none')
    return v.models.length > 0 ? '_The evidence tables are left out to fit the comment; see the check run or the JSON report._' : '';
  const shown = step.evidence === 'all' ? v.models : v.models.filter((m) => !isPassing(m));
  const left = v.models.length - shown.length;
  const note = left > 0 ? `_Evidence of ${plural(left, 'passing model')} is left out to fit the comment._` : '';
  if (shown.length === 0) return note;
  return ['### Evidence', ...shown.map((m) => evidenceDetails(m, { charts: step.charts === true })), note]
    .filter((p) => p !== '')
    .join('\n\n');
}

function checklistSection(v: Verdict, step: Step): string {
  if (step.checklist === 'none') return '';
  return v.models
    .filter(showsChecklistOpen)
    .map((m) => modelChecklist(m, step.checklist === 'pending'))
    .join('\n\n');
}

/** A section's text made once per comment: the steps differ in a few sections, and a repository's findings are many. */
type Sections = (key: string, make: () => string) => string;

function render(v: Verdict, step: Step, options: MarkdownOptions, once: Sections): string {
  const title = options.title ?? 'rsp-gate';
  const findings = allFindings(v);
  const sections: string[] = [
    header(v, title),
    once(`todo:${step.maxOwners}:${step.compactToDo}`, () => toDoSection(v, { maxOwners: step.maxOwners, compact: step.compactToDo })),
  ];
  if (step.overview !== 'none') sections.push(once(`overview:${step.overview}`, () => overview(v, step.overview === 'failing')));
  else sections.push(countsLine(v));
  sections.push(once(`checklist:${step.checklist}`, () => checklistSection(v, step)));
  sections.push(once(`evidence:${step.evidence}:${step.charts}`, () => evidenceSection(v, step)));
  const { findings: shown } = step;
  sections.push(
    shown === 'counts'
      ? findingCounts(findings)
      : once(`findings:${shown.perCode}:${shown.collapseRest}`, () => findingsSection(findings, shown)),
  );
  sections.push(policySection(v, step.overview !== 'all'));
  if (options.footer !== false) sections.push(footer(v, options.detailsUrl));
  return `${sections.filter((s) => s !== '').join('\n\n')}\n`;
}

function findingCounts(findings: readonly Finding[]): string {
  return findings.length > 0 ? '_The findings are left out to fit the comment; see the check run or the JSON report._' : '';
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
  const made = new Map<string, string>();
  const once: Sections = (key, make) => {
    const known = made.get(key);
    if (known !== undefined) return known;
    const text = make();
    made.set(key, text);
    return text;
  };
  let text = '';
  for (const step of STEPS) {
    text = render(verdict, step, options, once);
    if (text.length <= max) return text;
  }
  return wholeLines(text, max);
}
