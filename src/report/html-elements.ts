// The one way the status page builds markup: text is always escaped, attributes always quoted and escaped, so no
// model id, title, owner or message can open a tag, close an attribute or run a script.
import { escapeHtmlText } from './escape.ts';

/** Markup that is already safe: built by `tag` or `text` only. */
export type Html = { readonly html: string };

export function text(value: string | number): Html {
  return { html: escapeHtmlText(String(value)) };
}

type Attributes = Readonly<Record<string, string | number | undefined>>;

/** An element with escaped attributes around safe children (a string child is escaped as text). */
export function tag(name: string, attributes: Attributes, ...children: ReadonlyArray<Html | string>): Html {
  const attrs = Object.entries(attributes)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => ` ${k}="${escapeHtmlText(String(v))}"`)
    .join('');
  const inner = children.map((c) => (typeof c === 'string' ? escapeHtmlText(c) : c.html)).join('');
  return { html: `<${name}${attrs}>${inner}</${name}>` };
}

export function join(parts: ReadonlyArray<Html>, separator = ''): Html {
  return { html: parts.map((p) => p.html).join(separator) };
}

/** A table whose rows become labelled cards at phone width (each cell carries its column's name; one box per cell). */
export function stackTable(headers: readonly string[], rows: ReadonlyArray<ReadonlyArray<Html | string>>): Html {
  const head = tag('thead', {}, tag('tr', {}, ...headers.map((h) => tag('th', { scope: 'col' }, h))));
  const body = tag(
    'tbody',
    {},
    ...rows.map((row) => tag('tr', {}, ...row.map((cell, i) => tag('td', { 'data-label': headers[i] ?? '' }, tag('div', {}, cell))))),
  );
  return tag('div', { class: 'table' }, tag('table', { class: 'stack' }, head, body));
}
