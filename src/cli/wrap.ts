// Text for a terminal of a given width: long lines break at spaces, continuation lines hang under the column the line's
// text starts in, and a `/rsp …` command is never split, so that it can still be copied in one piece.

const SGR = /\u001b\[[0-9;]*m/g;
/** A hanging indent deeper than this would leave too little room; such lines hang just under their own indent. */
const MAX_HANG = 40;

/** Columns a string takes on screen (colour sequences take none). */
export function visibleWidth(text: string): number {
  return [...text.replace(SGR, '')].length;
}

/** Where the continuation of `line` starts: after the label column of a table row, else two past the indent. */
function hangOf(line: string, indent: number): number {
  const plain = line.replace(SGR, '');
  const column = /^\s*\S.*?\s{2,}(?=\S)/.exec(plain)?.[0].length;
  if (column !== undefined && column <= MAX_HANG) return column;
  return Math.min(indent + 2, MAX_HANG);
}

/** The words of a line; a `/rsp` command to paste (at the start of the line or after →) runs to its end as one word. */
function wordsOf(text: string): string[] {
  const words = text.split(' ');
  const command = words.findIndex((w, i) => w.replace(SGR, '').startsWith('/rsp') && (i === 0 || words[i - 1] === '→'));
  return command < 0 ? words : [...words.slice(0, command), words.slice(command).join(' ')];
}

/** A word on a new line, under the first of `indents` that leaves room for it, else at the margin. */
function continuation(word: string, indents: string[], width: number): string {
  const indent = indents.find((i) => visibleWidth(i + word) <= width) ?? '';
  return indent + word;
}

function wrapLine(line: string, width: number): string[] {
  if (visibleWidth(line) <= width) return [line];
  const indent = line.length - line.trimStart().length;
  const hang = ' '.repeat(hangOf(line, indent));
  const out: string[] = [];
  let current = line.slice(0, indent);
  // The line's width so far, added up word by word: measuring the whole line again for each word costs the square of
  // its length (a report line naming a thousand files).
  let columns = visibleWidth(current);
  let empty = true;
  for (const word of wordsOf(line.slice(indent))) {
    const wordColumns = visibleWidth(word);
    if (empty) {
      current += word;
      columns += wordColumns;
      empty = word === '';
    } else if (columns + 1 + wordColumns <= width) {
      current += ` ${word}`;
      columns += 1 + wordColumns;
    } else if (word !== '') {
      out.push(current.trimEnd());
      current = continuation(word, [hang, ' '.repeat(indent + 2)], width);
      columns = visibleWidth(current);
    }
  }
  out.push(current.trimEnd());
  return out;
}

/** Every line of `text` broken to fit `width` columns; a single word wider than that stays whole. */
export function wrapText(text: string, width: number): string {
  return text
    .split('\n')
    .flatMap((line) => wrapLine(line, width))
    .join('\n');
}

/** One line cut to `width` columns, with an ellipsis when something was cut (plain text only). */
export function fitLine(line: string, width: number): string {
  const chars = [...line];
  return chars.length <= width ? line : `${chars.slice(0, Math.max(width - 1, 0)).join('')}…`;
}
