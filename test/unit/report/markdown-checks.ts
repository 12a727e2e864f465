// Structural checks on rendered Markdown, shared by the report tests.
import { expect } from 'vitest';

/** The text with code spans removed: what GitHub reads as Markdown and HTML. */
export function outsideCode(markdown: string): string {
  return markdown.replace(/(`+)[^`]*?\1/g, '');
}

/** Every table keeps the column count of its header: no cell content ended or added a column. */
export function expectTablesIntact(markdown: string): void {
  const cells = (line: string) => line.replace(/\\\|/g, '').split('|').length;
  let width: number | undefined;
  for (const line of markdown.split('\n')) {
    if (!line.startsWith('|')) {
      width = undefined;
      continue;
    }
    width ??= cells(line);
    expect(cells(line), line).toBe(width);
  }
}

/** Nothing user-controlled became HTML, a link, a mention, an issue link, a checkbox or a second marker. */
export function expectNothingInjected(markdown: string): void {
  const lines = markdown.split('\n');
  expect(lines[0]).toBe('<!-- rsp-gate:report -->');
  expect(markdown.split('<!--')).toHaveLength(2);
  const prose = outsideCode(markdown);
  const tags = prose.match(/<[^>]*>/g) ?? [];
  for (const tag of tags)
    expect(['<!-- rsp-gate:report -->', '<details>', '</details>', '<summary>', '</summary>', '<sub>', '</sub>']).toContain(tag);
  expect(prose).not.toMatch(/@[A-Za-z0-9]/);
  expect(prose).not.toMatch(/#\d/);
  expect(prose).not.toMatch(/^\s*[-*+]\s+\\?\[[ xX]\]/m);
  expect(prose).not.toMatch(/(?<!\\)\[[^\]]*\]\(/);
  expect(prose).not.toMatch(/https?:\/\//);
  expect(markdown).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u202a-\u202e]/);
}
