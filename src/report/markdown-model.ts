// One model in the comment: its one-line overview row, its capability table and its safeguard checklist.
import { plural } from '../engine/format.ts';
import type { ModelVerdict } from '../engine/types.ts';
import { escapeHtml, escapeMarkdown, codeSpan } from './escape.ts';
import { boundText, locationText, numberOrDash, valueText } from './evidence-text.ts';
import { CAPABILITY_LABEL, CONCLUSION_LABEL, SAFEGUARD_LABEL } from './labels.ts';
import { markdownTable } from './markdown-table.ts';

export function isPassing(m: ModelVerdict): boolean {
  return m.conclusion === 'success' || m.conclusion === 'neutral';
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
  return parts.length > 0 ? parts.join(', ') : '—';
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

function capabilityTable(m: ModelVerdict): string {
  const rows = m.capabilities.flatMap((c) => {
    const label = CAPABILITY_LABEL[c.status];
    if (c.evidence.length === 0) return [[escapeMarkdown(c.id), `${label.icon} ${label.word}`, '—', '—', '—', '—', '—', escapeMarkdown(c.reason)]];
    return c.evidence.map((e) => {
      const rule = CAPABILITY_LABEL[e.status];
      const flags = [e.stale === true ? 'stale' : undefined, e.selfReported === true ? 'self-reported' : undefined].filter((f) => f !== undefined);
      const status = `${rule.icon} ${rule.word}${flags.length > 0 ? ` (${flags.join(', ')})` : ''}`;
      const where = [locationText(e.file, e.line), e.date ?? ''].filter((p) => p !== '').join(' · ');
      return [
        escapeMarkdown(c.id),
        status,
        `${escapeMarkdown(e.eval)} / ${escapeMarkdown(e.metric)}`,
        valueText(e),
        boundText(e),
        numberOrDash(e.alert),
        numberOrDash(e.threshold),
        where === '' ? '—' : escapeMarkdown(where),
      ];
    });
  });
  return markdownTable(['Capability', 'Status', 'Eval / metric', 'Value ± stderr', 'Bound used', 'Alert', 'Threshold', 'Evidence'], rows);
}

function checklistTable(m: ModelVerdict): string {
  const rows = m.safeguards.map((s) => {
    const { icon, word } = SAFEGUARD_LABEL[s.status];
    const attested = s.attestedBy === null ? '—' : escapeMarkdown(`${s.attestedBy}, ${s.attestedAt ?? ''}`);
    return [
      `${icon} ${word}`,
      escapeMarkdown(s.id),
      escapeMarkdown(s.level),
      s.kind,
      escapeMarkdown(s.title),
      s.owners.length > 0 ? s.owners.map(escapeMarkdown).join(', ') : '—',
      attested,
      s.status === 'pending' ? codeSpan(s.attestCommand, true) : '—',
    ];
  });
  return markdownTable(['Status', 'Safeguard', 'Level', 'Kind', 'Title', 'Owners', 'Attested', 'To attest, comment'], rows);
}

function levelsText(m: ModelVerdict): string {
  return `needs ${m.requiredLevel} · declares ${m.declaredLevel}`;
}

/** The model's capability table and checklist; inside a collapsed `<details>` when the model passes. */
export function modelSection(m: ModelVerdict): string {
  const { icon } = CONCLUSION_LABEL[m.conclusion];
  const body = [
    `${escapeMarkdown(m.path)} · fingerprint ${codeSpan(m.fingerprint.slice(0, 12))}`,
    '',
    m.capabilities.length > 0 ? capabilityTable(m) : '_The policy defines no capabilities._',
    '',
    m.safeguards.length > 0 ? `**Safeguards up to ${escapeMarkdown(m.requiredLevel)}**\n\n${checklistTable(m)}` : '_No safeguards required._',
  ].join('\n');
  if (isPassing(m)) {
    return `<details>\n<summary>${icon} ${escapeHtml(m.id)} · ${escapeHtml(levelsText(m))}</summary>\n\n${body}\n\n</details>`;
  }
  return `#### ${icon} ${escapeMarkdown(m.id)} · ${escapeMarkdown(levelsText(m))}\n\n${body}`;
}
