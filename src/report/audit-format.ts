// An audit as an auditor reads it: JSON (everything), Markdown (a summary table, then each PR's ledger) or CSV (one
// row per PR, for a spreadsheet).
import type { Audit, AuditLedgerEntry, AuditRow } from './audit.ts';
import { escapeMarkdown } from './escape.ts';
import { EMPTY_CELL, markdownTable } from './markdown-table.ts';

export type AuditFormat = 'json' | 'markdown' | 'csv';

export function renderAudit(audit: Audit, format: AuditFormat): string {
  if (format === 'json') return `${JSON.stringify(audit, null, 2)}\n`;
  if (format === 'csv') return auditCsv(audit);
  return auditMarkdown(audit);
}

function levels(row: AuditRow): string {
  return row.models.map((m) => `${m.id} ${m.declaredLevel}/${m.requiredLevel}`).join('; ');
}

function tally(ledger: readonly AuditLedgerEntry[]): { counted: number; refused: number; unknown: number } {
  return {
    counted: ledger.filter((e) => e.counted === true).length,
    refused: ledger.filter((e) => e.counted === false).length,
    unknown: ledger.filter((e) => e.counted === null).length,
  };
}

function merged(row: AuditRow): string {
  return row.mergedAt === null ? row.state.toLowerCase() : `merged ${row.mergedAt} by ${row.mergedBy ?? 'unknown'}`;
}

const counted = (e: AuditLedgerEntry) => (e.counted === null ? 'unknown' : e.counted ? 'counted' : 'not counted');

/** A link to the comment or review, only for a web address, encoded so that it cannot end the link early. */
function where(e: AuditLedgerEntry): string {
  const url = e.source.url;
  if (url === undefined || !/^https?:\/\//.test(url)) return e.source.kind;
  return `[${e.source.kind}](${encodeURI(url).replace(/\(/g, '%28').replace(/\)/g, '%29')})`;
}

function ledgerTable(row: AuditRow): string {
  if (row.ledger.length === 0) return 'No attest, revoke or approve command.';
  const rows = row.ledger.map((e) => [
    escapeMarkdown(e.at),
    escapeMarkdown(e.user),
    escapeMarkdown([e.command, e.safeguard, e.model].filter((x) => x !== undefined).join(' ')),
    counted(e),
    escapeMarkdown(e.reason ?? '') || EMPTY_CELL,
    where(e),
  ]);
  return markdownTable(['When', 'Who', 'Command', 'Counted', 'Why not', 'Where'], rows);
}

function auditMarkdown(audit: Audit): string {
  const head = [
    `# rsp-gate audit of ${escapeMarkdown(audit.repository)}`,
    '',
    `Pull requests created by ${escapeMarkdown(audit.until)} and last updated from ${escapeMarkdown(audit.since)} on: ` +
      `${audit.scanned}, of which the gate evaluated ${audit.pullRequests.length}.`,
  ];
  const summary = markdownTable(
    ['PR', 'State', 'Verdict', 'Declared/required', 'Counted', 'Not counted', 'Unknown'],
    audit.pullRequests.map((r) => {
      const t = tally(r.ledger);
      return [
        `#${r.number}`,
        escapeMarkdown(merged(r)),
        escapeMarkdown(`${r.conclusion ?? 'none'} (${r.verdictFrom})`),
        escapeMarkdown(levels(r)) || EMPTY_CELL,
        String(t.counted),
        String(t.refused),
        String(t.unknown),
      ];
    }),
  );
  const details = audit.pullRequests.map((r) =>
    [
      `## #${r.number} ${escapeMarkdown(r.title)}`,
      '',
      `Author ${escapeMarkdown(r.author)} · head \`${r.headSha.slice(0, 12)}\` · ledger from the ${r.ledgerFrom === 'record' ? 'audit record' : "PR's comments (not recorded)"}`,
      ...r.notes.map((n) => `\n- ${escapeMarkdown(n)}`),
      '',
      ledgerTable(r),
    ].join('\n'),
  );
  return `${[...head, '', summary, ...details.flatMap((d) => ['', d])].join('\n')}\n`;
}

const CSV_HEADERS = [
  'repository',
  'number',
  'title',
  'author',
  'state',
  'created_at',
  'merged_at',
  'merged_by',
  'head_sha',
  'conclusion',
  'verdict_from',
  'levels',
  'counted',
  'not_counted',
  'unknown',
  'ledger_from',
  'notes',
];

/** One CSV cell: quoted when needed, and a leading = + - @ defused so that no spreadsheet runs it as a formula. */
function cell(value: string | number | null): string {
  const text = value === null ? '' : String(value);
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function auditCsv(audit: Audit): string {
  const rows = audit.pullRequests.map((r) => {
    const t = tally(r.ledger);
    return [
      audit.repository,
      r.number,
      r.title,
      r.author,
      r.state.toLowerCase(),
      r.createdAt,
      r.mergedAt,
      r.mergedBy,
      r.headSha,
      r.conclusion,
      r.verdictFrom,
      levels(r),
      t.counted,
      t.refused,
      t.unknown,
      r.ledgerFrom,
      r.notes.join('; '),
    ];
  });
  return [CSV_HEADERS, ...rows]
    .map((r) => r.map(cell).join(','))
    .join('\r\n')
    .concat('\r\n');
}
