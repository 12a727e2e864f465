// Text for a terminal: lines fit the width, tables hang under their text column, `/rsp` commands stay whole.
import { describe, expect, it } from 'vitest';
import { fitLine, visibleWidth, wrapText } from '../../../src/cli/wrap.ts';

describe('wrapText', () => {
  it('leaves a line that fits as it is', () => {
    expect(wrapText('short line\n  indented', 20)).toBe('short line\n  indented');
  });

  it('breaks at spaces and hangs continuations under the text column of a table row', () => {
    const row = '    pending    asl3-classifiers (ASL-3, deployment) Real-time classifier guards';
    const lines = wrapText(row, 40).split('\n');
    expect(lines).toEqual([
      '    pending    asl3-classifiers (ASL-3,',
      '               deployment) Real-time',
      '               classifier guards',
    ]);
  });

  it('indents the continuation of a plain line by two more than the line', () => {
    expect(wrapText('models/a.yaml:3: error MODEL_INVALID declared_level must be a string', 30).split('\n')).toEqual([
      'models/a.yaml:3: error',
      '  MODEL_INVALID declared_level',
      '  must be a string',
    ]);
  });

  it('keeps a /rsp command to the end of the line in one piece, to copy', () => {
    const line = '    pending    x (ASL-3) Title [@acme/a]  → /rsp attest asl3-classifiers frontier-8 fp:6a50237fc85b';
    const lines = wrapText(line, 60).split('\n');
    expect(lines.at(-1)!.trim()).toBe('/rsp attest asl3-classifiers frontier-8 fp:6a50237fc85b');
    expect(lines.every((l) => visibleWidth(l) <= 60)).toBe(true);
  });

  it('does not count colour sequences as columns', () => {
    const coloured = '\u001b[31mcrossed\u001b[39m and more words';
    expect(visibleWidth(coloured)).toBe('crossed and more words'.length);
    expect(wrapText(coloured, 22)).toBe(coloured);
  });

  it('wraps a line of thousands of words, coloured ones among them, as it wraps each part of it', () => {
    const words = Array.from({ length: 3000 }, (_, i) => (i % 7 === 0 ? `\u001b[33mevals/m${i}/run.json\u001b[39m` : `word${i}`));
    const lines = wrapText(`  ${words.join(' ')}`, 80).split('\n');
    expect(lines.every((l) => visibleWidth(l) <= 80)).toBe(true);
    expect(lines.map((l) => l.trim()).join(' ')).toBe(words.join(' '));
    // Each line holds as many words as fit: the next line's first word would not have.
    for (const [i, l] of lines.slice(0, -1).entries())
      expect(visibleWidth(`${l} ${lines[i + 1]!.trim().split(' ')[0]}`)).toBeGreaterThan(80);
  });
});

describe('fitLine', () => {
  it('cuts a line that is too long and says so with an ellipsis', () => {
    expect(fitLine('abcdef', 6)).toBe('abcdef');
    expect(fitLine('abcdefg', 6)).toBe('abcde…');
  });
});
