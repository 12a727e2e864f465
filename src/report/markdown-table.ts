// A GitHub-flavoured Markdown table from cells that are already escaped.

/** A cell with nothing to say. */
export const EMPTY_CELL = '—';

export function markdownTable(headers: readonly string[], rows: ReadonlyArray<readonly string[]>): string {
  const line = (cells: readonly string[]) => `| ${cells.map((c) => (c === '' ? ' ' : c)).join(' | ')} |`;
  return [line(headers), line(headers.map(() => '---')), ...rows.map(line)].join('\n');
}

/** The table without the columns that say nothing in any row: a narrow table fits GitHub's conversation column. */
export function compactTable(headers: readonly string[], rows: ReadonlyArray<readonly string[]>): string {
  const keep = headers.map((_, i) => rows.some((r) => r[i] !== undefined && r[i] !== '' && r[i] !== EMPTY_CELL));
  const pick = <T>(cells: readonly T[]) => cells.filter((_, i) => keep[i]);
  return markdownTable(pick(headers), rows.map(pick));
}
