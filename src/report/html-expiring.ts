// Evidence about to lapse: every result that counts today but stops counting as fresh within the window (30 days by
// default) of the reference date, and every one that already has, soonest first, so owners can re-run in time.
import { parseDate } from '../common/dates.ts';
import { formatNumber, plural } from '../engine/format.ts';
import type { Verdict } from '../engine/types.ts';
import { locationText } from './evidence-text.ts';
import { join, stackTable, tag, type Html } from './html-elements.ts';

const EXPIRY_WINDOW_DAYS = 30;

export interface ExpiringEvidence {
  model: string;
  capability: string;
  eval: string;
  metric: string;
  value: number | null;
  date: string;
  freshUntil: string;
  /** Days from the reference date to the last fresh day; negative once it has lapsed. */
  daysLeft: number;
  file: string | null;
  line: number | null;
}

export function expiringEvidence(v: Verdict, windowDays = EXPIRY_WINDOW_DAYS): ExpiringEvidence[] {
  const reference = parseDate(v.referenceDate)?.day;
  if (reference === undefined) return [];
  const found: ExpiringEvidence[] = [];
  for (const m of v.models) {
    for (const c of m.capabilities) {
      for (const e of c.evidence) {
        const until = parseDate(e.freshUntil)?.day;
        if (until === undefined || e.date === null || until - reference > windowDays) continue;
        found.push({
          model: m.id,
          capability: c.id,
          eval: e.eval,
          metric: e.metric,
          value: e.value,
          date: e.date,
          freshUntil: e.freshUntil!,
          daysLeft: until - reference,
          file: e.file,
          line: e.line,
        });
      }
    }
  }
  return found.sort((a, b) => a.daysLeft - b.daysLeft || a.model.localeCompare(b.model) || a.capability.localeCompare(b.capability));
}

function when(x: ExpiringEvidence): string {
  if (x.daysLeft < 0) return `lapsed ${plural(-x.daysLeft, 'day')} ago`;
  return x.daysLeft === 0 ? 'last fresh day today' : `in ${plural(x.daysLeft, 'day')}`;
}

export function expiringSection(v: Verdict, windowDays = EXPIRY_WINDOW_DAYS): Html {
  const items = expiringEvidence(v, windowDays);
  const intro =
    items.length === 0
      ? `No evidence stops counting as fresh within ${windowDays} days of the reference date.`
      : `${plural(items.length, 'result')} stop counting as fresh within ${windowDays} days of the reference date (or already have): re-run before then.`;
  const rows = items.map((x) => [
    x.model,
    join([tag('code', {}, `${x.eval} / ${x.metric}`), tag('span', { class: 'muted' }, ` ${x.capability}`)]),
    x.value === null ? '—' : formatNumber(x.value),
    x.date.slice(0, 10),
    tag('span', { class: x.daysLeft < 0 ? 'flag' : x.daysLeft <= 7 ? 'soon' : '' }, `${x.freshUntil} (${when(x)})`),
    locationText(x.file, x.line),
  ]);
  return tag(
    'section',
    { id: 'expiring' },
    tag('h2', {}, 'Evidence expiring'),
    tag('p', {}, intro),
    items.length === 0 ? join([]) : stackTable(['Model', 'Rule', 'Value', 'Dated', 'Fresh until', 'File'], rows),
  );
}
