// The check run's output: a short title, the Markdown summary, and an annotation at each finding's file and line.
import type { Severity } from '../common/finding.ts';
import type { Verdict } from '../engine/types.ts';
import { allFindings } from './all-findings.ts';
import { singleLine } from './escape.ts';
import { CONCLUSION_LABEL } from './labels.ts';
import { renderMarkdown, type MarkdownOptions } from './markdown.ts';

/** GitHub's limits on a check run's output. */
export const CHECK_TITLE_MAX = 100;
export const CHECK_SUMMARY_MAX = 65_535;

export type AnnotationLevel = 'notice' | 'warning' | 'failure';

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
  annotations: CheckAnnotation[];
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

export function toCheckOutput(verdict: Verdict, markdown: string, renderOptions: MarkdownOptions = {}): CheckOutput {
  const title = truncate(singleLine(`${CONCLUSION_LABEL[verdict.conclusion].word}: ${verdict.headline}`), CHECK_TITLE_MAX);
  // A comment may be one character longer than a check summary: render again rather than cut through a table.
  const summary = markdown.length <= CHECK_SUMMARY_MAX ? markdown : renderMarkdown(verdict, { ...renderOptions, maxLength: CHECK_SUMMARY_MAX });
  const annotations = allFindings(verdict)
    .filter((f) => f.file !== undefined && f.file !== '')
    .map((f): CheckAnnotation => {
      const line = Math.max(1, Math.trunc(f.line ?? 1));
      return {
        path: f.file!,
        start_line: line,
        end_line: line,
        annotation_level: ANNOTATION_LEVEL[f.severity],
        title: singleLine(f.model === undefined ? f.code : `${f.code} (${f.model})`),
        message: singleLine(f.message),
      };
    });
  return { title, summary, annotations };
}
