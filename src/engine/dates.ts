// Dates in results and commits: read deterministically (never in the machine's time zone).

const DAY_MS = 86_400_000;

export interface ParsedDate {
  /** Days since 1970-01-01 of the calendar date as written (for ages in days). */
  day: number;
  /** Milliseconds since the epoch, UTC when no offset is given (for ordering). */
  instant: number;
}

const CALENDAR = /^(\d{4})-(\d{2})-(\d{2})/;
const LOCAL_TIME = /T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?$/;

export function parseDate(text: string | undefined): ParsedDate | undefined {
  if (text === undefined) return undefined;
  const m = CALENDAR.exec(text);
  if (!m) return undefined;
  const [year, month, dayOfMonth] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const dayMs = Date.UTC(year, month - 1, dayOfMonth);
  const check = new Date(dayMs);
  // Date.UTC rolls 2026-02-31 over into March; such a date is not a date.
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== dayOfMonth) return undefined;
  const instant = text.length === 10 ? dayMs : Date.parse(LOCAL_TIME.test(text) ? `${text}Z` : text);
  if (!Number.isFinite(instant)) return undefined;
  return { day: dayMs / DAY_MS, instant };
}

// The earliest time zone is UTC+14: a date written there may be a day ahead of the reference date in UTC.
const EARLIEST_ZONE_MS = 14 * 3_600_000;

/** True when a date lies after the reference day (the day number of the reference date), in every time zone. */
export function isAfterReference(date: ParsedDate | undefined, referenceDay: number | undefined): boolean {
  if (date === undefined || referenceDay === undefined) return false;
  return date.instant > (referenceDay + 1) * DAY_MS + EARLIEST_ZONE_MS;
}
