// A moment given as text (a setting, a flag), read as dates are read everywhere (common/dates.ts) and written back in
// one form, so that a recorded reference time given again reproduces the verdict exactly.
import { parseDate } from './dates.ts';

/** The moment as `Date.toISOString()` writes it (a date alone is its midnight UTC); undefined when it is not one. */
export function parseInstant(text: string): string | undefined {
  const parsed = parseDate(text.trim());
  return parsed === undefined ? undefined : new Date(parsed.instant).toISOString();
}
