// The check run's output: a short title, a short summary (what is needed from whom, where the full report is, how to
// re-evaluate), the full report as the check's text, and an annotation at each finding's file and line.
import type { Finding, Severity } from '../common/finding.ts';
import { plural } from '../engine/format.ts';
import type { Verdict } from '../engine/types.ts';
import { allFindings } from './all-findings.ts';
import { codeSpan, escapeMarkdown, singleLine } from './escape.ts';
import { CONCLUSION_LABEL } from './labels.ts';
import { overview, REPORT_MARKER, renderMarkdown, safeUrl, type MarkdownOptions } from './markdown.ts';
import { findingsSection } from './markdown-findings.ts';
import { toDoSection } from './markdown-todo.ts';
import { pushTo } from '../common/group.ts';

/** GitHub's limits on a check run's output. */
export const CHECK_TITLE_MAX = 100;
export const CHECK_SUMMARY_MAX = 65_535;
export const CHECK_TEXT_MAX = 65_535;
/** GitHub shows at most this many workflow-command annotations per level and step. */
export const WORKFLOW_ANNOTATIONS_PER_LEVEL = 10;

type AnnotationLevel = 'notice' | 'warning' | 'failure';

export interface CheckAnnotation {
  path: string;
  start_line: number;
  end_line: number;
  annotation_level: AnnotationLevel;
  title: string;
  message: string;
}

export interface CheckOutput {
  title: string;
  summary: string;
  /** The full report, shown under the summary on the check's page. */
  text: string;
  annotations: CheckAnnotation[];
}

export interface CheckOptions extends MarkdownOptions {
  /** The sticky comment, linked from the summary. */
  commentUrl?: string;
}

const ANNOTATION_LEVEL: Record<Severity, AnnotationLevel> = { error: 'failure', warning: 'warning', notice: 'notice' };

/** At most `max` UTF-16 units, cut between characters, with an ellipsis when cut. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  let out = '';
  for (const ch of text) {
    if (out.length + ch.length > max - 1) break;
    out += ch;
  }
  return `${out}…`;
}

/** Headline, overview, what is needed from whom, where the full report is and how to re-evaluate. */
function checkSummary(v: Verdict, options: CheckOptions = {}, compact = false): string {
  const { icon, word } = CONCLUSION_LABEL[v.conclusion];
  const url = safeUrl(options.commentUrl);
  const where = url === undefined ? 'The full report is below' : `The full report is below and in [the PR comment](${url})`;
  const parts = [
    `### ${icon} ${escapeMarkdown(options.title ?? 'rsp-gate')}: ${word}`,
    `**${escapeMarkdown(v.headline)}**`,
    compact ? '' : overview(v, false),
    toDoSection(v, { compact }),
    errorsToFix(v),
    `${where}. To evaluate again, comment ${codeSpan('/rsp evaluate')} on the pull request.`,
  ];
  return parts.filter((p) => p !== '').join('\n\n');
}

/** Warnings that question the check itself: shown in the summary beside the errors. */
const ABOUT_THE_CHECK = new Set<string>(['FOREIGN_CHECK']);

/** The errors the PR's author must fix, a few per code: the part of "what is needed" that no attestation gives. */
function errorsToFix(v: Verdict): string {
  const errors = allFindings(v).filter((f) => f.severity === 'error' || ABOUT_THE_CHECK.has(f.code));
  return errors.length > 0 ? findingsSection(errors, { perCode: 3, collapseRest: false }).replace('### Findings', '### Errors to fix') : '';
}

/** Pending safeguards become one annotation per model (at its config), not one per safeguard. */
function pendingPerModel(findings: readonly Finding[]): Finding[] {
  const pending = new Map<string, Finding[]>();
  const rest: Finding[] = [];
  for (const f of findings) {
    if (f.code === 'SAFEGUARD_PENDING') pushTo(pending, f.model ?? '', f);
    else rest.push(f);
  }
  const grouped = [...pending].map(([model, items]): Finding => {
    const first = items[0]!;
    if (items.length === 1) return first;
    const who = model === '' ? '' : `${model}: `;
    return {
      ...first,
      message: `${who}${plural(items.length, 'safeguard')} pending attestation: see the checklist in the check's summary`,
    };
  });
  return [...rest, ...grouped];
}

function toAnnotation(f: Finding): CheckAnnotation {
  const line = Math.max(1, Math.trunc(f.line ?? 1));
  return {
    path: f.file!,
    start_line: line,
    end_line: line,
    annotation_level: ANNOTATION_LEVEL[f.severity],
    title: singleLine(f.model === undefined ? f.code : `${f.code} (${f.model})`),
    message: singleLine(f.message),
  };
}

/** Every finding with a place, errors first, pending safeguards once per model. */
function annotationsFor(verdict: Verdict): CheckAnnotation[] {
  const placed = pendingPerModel(allFindings(verdict)).filter((f) => f.file !== undefined && f.file !== '');
  const rank: Record<AnnotationLevel, number> = { failure: 0, warning: 1, notice: 2 };
  return placed.map(toAnnotation).sort((a, b) => rank[a.annotation_level] - rank[b.annotation_level]);
}

/** The annotations a workflow step may show: GitHub keeps at most ten per level; the check run carries them all. */
export function workflowAnnotations(verdict: Verdict): CheckAnnotation[] {
  const seen: Record<AnnotationLevel, number> = { failure: 0, warning: 0, notice: 0 };
  return annotationsFor(verdict).filter((a) => ++seen[a.annotation_level] <= WORKFLOW_ANNOTATIONS_PER_LEVEL);
}

export function toCheckOutput(verdict: Verdict, markdown: string, options: CheckOptions = {}): CheckOutput {
  const title = truncate(singleLine(`${CONCLUSION_LABEL[verdict.conclusion].word}: ${verdict.headline}`), CHECK_TITLE_MAX);
  const full = checkSummary(verdict, options);
  const summary = full.length <= CHECK_SUMMARY_MAX ? full : checkSummary(verdict, options, true);
  // The comment's body without its marker; rendered again when a check's text allows less than a comment.
  const body = markdown.length <= CHECK_TEXT_MAX ? markdown : renderMarkdown(verdict, { ...options, maxLength: CHECK_TEXT_MAX });
  const text = body.startsWith(`${REPORT_MARKER}\n`) ? body.slice(REPORT_MARKER.length + 1) : body;
  return { title, summary: truncate(summary, CHECK_SUMMARY_MAX), text, annotations: annotationsFor(verdict) };
}
