// One model in the comment: its overview row, its narrow safeguard checklist, and its evidence in a collapsed block.
import { plural } from '../engine/format.ts';
import type { CapabilityStatus, ModelVerdict } from '../engine/types.ts';
import { codeSpan, escapeHtml, escapeMarkdown } from './escape.ts';
import { boundText, numberOrDash, valueText } from './evidence-text.ts';
import { CAPABILITY_LABEL, CONCLUSION_LABEL, SAFEGUARD_LABEL } from './labels.ts';
import { trendCharts } from './markdown-chart.ts';
import { compactTable, EMPTY_CELL } from './markdown-table.ts';

export function isPassing(m: ModelVerdict): boolean {
  return m.conclusion === 'success' || m.conclusion === 'neutral';
}

function hasPending(m: ModelVerdict): boolean {
  return m.safeguards.some((s) => s.status === 'pending');
}

function levelTooLow(m: ModelVerdict): boolean {
  return m.findings.some((f) => f.code === 'DECLARED_LEVEL_TOO_LOW' || f.code === 'UNKNOWN_LEVEL');
}

function findingCounts(m: ModelVerdict): string {
  const count = (s: string) => m.findings.filter((f) => f.severity === s).length;
  const parts = [
    count('error') > 0 ? plural(count('error'), 'error') : undefined,
    count('warning') > 0 ? plural(count('warning'), 'warning') : undefined,
  ].filter((p): p is string => p !== undefined);
  // A model can fail on errors outside it (an invalid policy, an unreadable result file): say so in its row.
  if (m.conclusion === 'failure' && count('error') === 0) parts.push('blocked by errors outside this model');
  return parts.length > 0 ? parts.join(', ') : EMPTY_CELL;
}

function safeguardCounts(m: ModelVerdict): string {
  const done = m.safeguards.filter((s) => s.status !== 'pending').length;
  return `${done}/${m.safeguards.length} in place`;
}

export const OVERVIEW_HEADERS = ['Model', 'Declared', 'Required', 'Result', 'Safeguards', 'Findings'] as const;

export function overviewRow(m: ModelVerdict): string[] {
  const { icon, word } = CONCLUSION_LABEL[m.conclusion];
  const required = levelTooLow(m) ? `**${escapeMarkdown(m.requiredLevel)}** ❌` : escapeMarkdown(m.requiredLevel);
  return [escapeMarkdown(m.id), escapeMarkdown(m.declaredLevel), required, `${icon} ${word}`, safeguardCounts(m), findingCounts(m)];
}

function levelsText(m: ModelVerdict): string {
  return `needs ${m.requiredLevel} · declares ${m.declaredLevel}`;
}

/** Status · safeguard and title · owners · attested by and when; `onlyPending` counts the others in one line. */
function checklistTable(m: ModelVerdict, onlyPending = false): string {
  const listed = onlyPending ? m.safeguards.filter((s) => s.status === 'pending') : m.safeguards;
  const rows = listed.map((s) => {
    const { icon, word } = SAFEGUARD_LABEL[s.status];
    const attested = s.attestedBy === null ? EMPTY_CELL : escapeMarkdown(`${s.attestedBy}, ${s.attestedAt ?? ''}`);
    const owners = s.owners.length > 0 ? s.owners.map(escapeMarkdown).join(', ') : EMPTY_CELL;
    return [
      `${icon} ${word}`,
      `${escapeMarkdown(s.id)} <sub>${escapeMarkdown(`${s.level} ${s.kind}`)}</sub> ${escapeMarkdown(s.title)}`,
      owners,
      attested,
    ];
  });
  const left = m.safeguards.length - listed.length;
  const note = left > 0 ? `\n\n_${plural(left, 'other safeguard')} in place._` : '';
  return `${compactTable(['Status', 'Safeguard', 'Owners', 'Attested'], rows)}${note}`;
}

/** The model's heading and checklist, shown open because something in it is still needed. */
export function modelChecklist(m: ModelVerdict, onlyPending = false): string {
  const { icon } = CONCLUSION_LABEL[m.conclusion];
  const heading = `#### ${icon} ${escapeMarkdown(m.id)} · ${escapeMarkdown(levelsText(m))} · ${safeguardCounts(m)}`;
  return m.safeguards.length > 0 ? `${heading}\n\n${checklistTable(m, onlyPending)}` : `${heading}\n\n_No safeguards required._`;
}

/** Result files numbered once under the table, so that long paths do not widen it. */
class Sources {
  readonly list: string[] = [];
  ref(file: string | null, line: number | null, date: string | null): string {
    if (file === null) return EMPTY_CELL;
    const text = `${codeSpan(file)}${date === null ? ' (undated)' : ` · ${escapeMarkdown(date)}`}`;
    let n = this.list.indexOf(text) + 1;
    if (n === 0) n = this.list.push(text);
    return line === null ? `${n}` : `${n}:${line}`;
  }
  render(): string {
    return this.list.length > 0 ? `<sub>Sources (file:line): ${this.list.map((s, i) => `**${i + 1}** ${s}`).join(' · ')}</sub>` : '';
  }
}

function capabilityTable(m: ModelVerdict): string {
  const sources = new Sources();
  const rows = m.capabilities.flatMap((c) => {
    const label = CAPABILITY_LABEL[c.status];
    if (c.evidence.length === 0)
      return [
        [escapeMarkdown(c.id), `${label.icon} ${label.word}`, escapeMarkdown(c.reason), EMPTY_CELL, EMPTY_CELL, EMPTY_CELL, EMPTY_CELL],
      ];
    return c.evidence.map((e, i) => {
      const rule = CAPABILITY_LABEL[e.status];
      const flags = [e.stale === true ? 'stale' : undefined, e.selfReported === true ? 'self-reported' : undefined].filter(
        (f) => f !== undefined,
      );
      const status = `${rule.icon} ${rule.word}${flags.length > 0 ? ` (${flags.join(', ')})` : ''}`;
      const limits = `${numberOrDash(e.alert)} / ${numberOrDash(e.threshold)}`;
      return [
        i === 0 ? escapeMarkdown(c.id) : '',
        status,
        `${escapeMarkdown(e.eval)} / ${escapeMarkdown(e.metric)}`,
        valueText(e),
        boundText(e),
        limits,
        sources.ref(e.file, e.line, e.date),
      ];
    });
  });
  const table = compactTable(
    ['Capability', 'Status', 'Eval / metric', 'Value ± stderr', 'Bound used', 'Alert / threshold', 'Source'],
    rows,
  );
  return [table, sources.render()].filter((p) => p !== '').join('\n\n');
}

function capabilitySummary(m: ModelVerdict): string {
  const counts = new Map<CapabilityStatus, number>();
  for (const c of m.capabilities) counts.set(c.status, (counts.get(c.status) ?? 0) + 1);
  const parts = [...counts].map(([status, n]) => `${n} ${CAPABILITY_LABEL[status].word}`);
  return parts.length > 0 ? ` · ${parts.join(', ')}` : '';
}

/** The model's evidence (and, when nothing in it is needed, its checklist), collapsed under a one-line summary. */
export function evidenceDetails(m: ModelVerdict, options: { charts: boolean }): string {
  const { icon } = CONCLUSION_LABEL[m.conclusion];
  const summary = `${icon} ${escapeHtml(m.id)} · ${escapeHtml(levelsText(m))}${escapeHtml(capabilitySummary(m))}`;
  const body = [
    `${escapeMarkdown(m.path)} · fingerprint ${codeSpan(m.fingerprint.slice(0, 12))}`,
    m.capabilities.length > 0 ? capabilityTable(m) : '_The policy defines no capabilities._',
    options.charts ? trendCharts(m) : '',
    showsChecklistOpen(m)
      ? ''
      : m.safeguards.length > 0
        ? `**Safeguards up to ${escapeMarkdown(m.requiredLevel)}**\n\n${checklistTable(m)}`
        : '_No safeguards required._',
  ];
  return `<details>\n<summary>${summary}</summary>\n\n${body.filter((b) => b !== '').join('\n\n')}\n\n</details>`;
}

/** A model whose checklist is shown open, under the to-do: it does not pass or still waits for an attestation. */
export function showsChecklistOpen(m: ModelVerdict): boolean {
  return !isPassing(m) || hasPending(m);
}
