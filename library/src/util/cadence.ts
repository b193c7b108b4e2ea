import { remembered } from './remembered.js';

/** How often a review happens: a word, or an ISO 8601 duration of years, months, weeks and days. */
export const CADENCE_WORDS = ['daily', 'weekly', 'monthly', 'quarterly', 'yearly'] as const;
export type CadenceWord = (typeof CADENCE_WORDS)[number];

/** A cadence as calendar steps: months are added first, then days (as `Temporal.PlainDate.add` does). */
export interface CadenceSteps {
  months: number;
  days: number;
}

const WORD_STEPS: Record<CadenceWord, CadenceSteps> = {
  daily: { months: 0, days: 1 },
  weekly: { months: 0, days: 7 },
  monthly: { months: 1, days: 0 },
  quarterly: { months: 3, days: 0 },
  yearly: { months: 12, days: 0 },
};

/** Date parts only: a time part (`PT4H`) means nothing for a review date, so it is not a cadence. */
const DURATION = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The steps of a cadence word or an ISO duration such as `P1Y6M2W3D`; undefined when it is neither. */
export function parseCadence(cadence: unknown): CadenceSteps | undefined {
  if (typeof cadence !== 'string') return undefined;
  if (Object.hasOwn(WORD_STEPS, cadence)) return WORD_STEPS[cadence as CadenceWord];
  const match = DURATION.exec(cadence);
  if (!match || cadence === 'P') return undefined;
  const [years, months, weeks, days] = match.slice(1).map((part) => (part === undefined ? 0 : Number(part))) as [number, number, number, number];
  const steps = { months: years * 12 + months, days: weeks * 7 + days };
  return Number.isSafeInteger(steps.months) && Number.isSafeInteger(steps.days) ? steps : undefined;
}

/** Whether a string is a real calendar date written `YYYY-MM-DD`. */
export function isIsoDate(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  // Thousands of entries share a few dates: a date is exactly 10 characters, anything else is computed.
  return value.length === 10 ? isDateRemembered(value) : toUtc(value) !== undefined;
}

/** Bounded: a server lives long and sees ever new dates. */
const MEMORY = 10_000;
const isDateRemembered = remembered((value: string) => toUtc(value) !== undefined, MEMORY);

/**
 * The date one cadence after an ISO date, as `YYYY-MM-DD`, in UTC calendar days (no time zones,
 * no daylight saving). Months are added first and the day is clamped to the end of a shorter month,
 * so 2026-01-31 + P1M is 2026-02-28 and 2024-02-29 + yearly is 2025-02-28: a review is never pushed
 * into the next month. Weeks and days are added after. Undefined for a date or cadence that is not
 * valid, or a result beyond year 9999.
 */
export function addCadence(isoDate: string, cadence: string): string | undefined {
  // The date part of the key is always exactly 10 characters, so date + cadence names one pair.
  if (isoDate.length !== 10 || cadence.length > 32) return computeCadence(isoDate, cadence);
  return addRemembered(isoDate + cadence);
}

const addRemembered = remembered((key: string) => computeCadence(key.slice(0, 10), key.slice(10)), MEMORY);

function computeCadence(isoDate: string, cadence: string): string | undefined {
  const start = toUtc(isoDate);
  const steps = parseCadence(cadence);
  if (!start || !steps) return undefined;
  const monthIndex = start.getUTCFullYear() * 12 + start.getUTCMonth() + steps.months;
  const year = Math.floor(monthIndex / 12);
  const month = monthIndex % 12;
  if (year > 9999) return undefined;
  const day = Math.min(start.getUTCDate(), daysInMonth(year, month));
  const result = new Date(0);
  result.setUTCFullYear(year, month, day + steps.days);
  return formatUtc(result);
}

function toUtc(isoDate: string): Date | undefined {
  const match = ISO_DATE.exec(isoDate);
  if (!match) return undefined;
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month - 1)) return undefined;
  const date = new Date(0);
  // setUTCFullYear, unlike Date.UTC, does not turn years 0-99 into 1900-1999.
  date.setUTCFullYear(year, month - 1, day);
  return date;
}

/** Days in a month (0-based month) of a year. */
function daysInMonth(year: number, month: number): number {
  const date = new Date(0);
  date.setUTCFullYear(year, month + 1, 0);
  return date.getUTCDate();
}

function formatUtc(date: Date): string | undefined {
  const year = date.getUTCFullYear();
  if (!Number.isFinite(year) || year > 9999) return undefined;
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  return `${pad(year, 4)}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}
