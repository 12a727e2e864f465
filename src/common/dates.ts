// Dates in results, model configs and commits: read deterministically (never in the machine's time zone), and only
// when they name a day and time that can exist.

const DAY_MS = 86_400_000;

export interface ParsedDate {
  /** Days since 1970-01-01 of the calendar date as written (for ages in days). */
  day: number;
  /** Milliseconds since the epoch, UTC when no offset is given (for ordering). */
  instant: number;
}

const CALENDAR = /^(\d{4})-(\d{2})-(\d{2})/;
const LOCAL_TIME = /T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?$/;
// The time and offset after a date, when given (ISO 8601, a space allowed for the T); 24:00, minute 60 or an offset of
// 15 hours name no time that can exist.
const TIME = /^[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(?:Z|[+-](\d{2}):?(\d{2}))?$/;

function possibleTime(rest: string): boolean {
  if (rest === '') return true;
  const t = TIME.exec(rest);
  if (!t) return false;
  const [hour, minute, second, offsetHours, offsetMinutes] = t.slice(1).map((n) => (n === undefined ? 0 : Number(n))) as number[];
  return hour! < 24 && minute! < 60 && second! < 60 && offsetHours! <= 14 && offsetMinutes! < 60;
}

// The same few dates recur in thousands of records (every score of a run carries its date) and are compared again and
// again by the engine: each text is read once. Bounded, so that a long-running process does not grow with its inputs.
const readDates = new Map<string, ParsedDate | undefined>();
const MAX_READ_DATES = 4096;

export function parseDate(text: string | undefined): ParsedDate | undefined {
  if (text === undefined) return undefined;
  const known = readDates.get(text);
  if (known !== undefined || readDates.has(text)) return known;
  const date = readDate(text);
  if (readDates.size >= MAX_READ_DATES) readDates.clear();
  readDates.set(text, date);
  return date;
}

function readDate(text: string): ParsedDate | undefined {
  const m = CALENDAR.exec(text);
  if (!m) return undefined;
  const [year, month, dayOfMonth] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const dayMs = Date.UTC(year, month - 1, dayOfMonth);
  const check = new Date(dayMs);
  // Date.UTC rolls 2026-02-31 over into March; such a date is not a date.
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== dayOfMonth) return undefined;
  if (!possibleTime(text.slice(10))) return undefined;
  const instant = text.length === 10 ? dayMs : Date.parse(LOCAL_TIME.test(text) ? `${text}Z` : text);
  if (!Number.isFinite(instant)) return undefined;
  // Frozen: one object answers every reader of the same text.
  return Object.freeze({ day: dayMs / DAY_MS, instant });
}

// The earliest time zone is UTC+14: a date written there may be a day ahead of the reference date in UTC.
const EARLIEST_ZONE_MS = 14 * 3_600_000;

/** True when a date lies after the reference day (the day number of the reference date), in every time zone. */
export function isAfterReference(date: ParsedDate | undefined, referenceDay: number | undefined): boolean {
  if (date === undefined || referenceDay === undefined) return false;
  return date.instant > (referenceDay + 1) * DAY_MS + EARLIEST_ZONE_MS;
}
