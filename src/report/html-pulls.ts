// Open pull requests and whom each awaits, for the status page: handed in (the CLI reads them from --pulls FILE), never
// fetched here. The format is validated with zod so a hand-written file fails with a clear message.
import * as z from 'zod';
import { safeUrl } from './markdown.ts';
import { join, stackTable, tag, type Html } from './html-elements.ts';

export const OpenPullsSchema = z
  .array(
    z.strictObject({
      number: z.number().int().positive().describe('The pull request number'),
      title: z.string().describe('Its title'),
      url: z.string().optional().describe('Its page (http or https only; anything else is shown as text)'),
      awaiting: z.array(z.string()).default([]).describe('Whom it awaits: owners (users or @org/team) and what from them'),
    }),
  )
  .describe('Open pull requests and whom each awaits (rsp-gate check --format html --pulls FILE)');
export type OpenPull = z.infer<typeof OpenPullsSchema>[number];

function pullCell(p: OpenPull): Html {
  const label = `#${p.number} ${p.title}`;
  const url = safeUrl(p.url);
  return url === undefined ? tag('span', {}, label) : tag('a', { href: url }, label);
}

export function pullsSection(pulls: readonly OpenPull[] | undefined): Html {
  if (pulls === undefined) return join([]);
  const rows = pulls.map((p) => [pullCell(p), p.awaiting.length > 0 ? p.awaiting.join(', ') : 'nobody: ready to merge']);
  return tag(
    'section',
    { id: 'pulls' },
    tag('h2', {}, 'Open pull requests'),
    pulls.length === 0 ? tag('p', {}, 'No open pull request awaits anyone.') : stackTable(['Pull request', 'Awaiting'], rows),
  );
}
