import type { Entity } from '../model/entity.js';
import { addCadence, isIsoDate } from '../util/cadence.js';
import { type Fact, wordsFact } from './entitySection.js';
import { recordOf, textOf } from './fields.js';

/** A standard's or KPI's review as the handbook states it. */
export interface ReviewState {
  every: string | undefined;
  last: string | undefined;
  /** `last` plus `every`, when both are valid. Whether it has passed is the review-overdue rule's to say, not the handbook's. */
  due: string | undefined;
}

/** The review of an entity, or undefined when it has none. */
export function reviewOf(entity: Entity): ReviewState | undefined {
  if (entity.data.review === undefined) return undefined;
  const review = recordOf(entity.data.review);
  const every = textOf(review.every);
  const last = textOf(review.last);
  const due = every !== undefined && isIsoDate(last) ? addCadence(last, every) : undefined;
  return { every, last, due };
}

/** "How often it is measured" or "how often it happens", in words: `P6M` reads "every 6 months". */
export function cadencePhrase(value: unknown): string | undefined {
  const cadence = textOf(value);
  const match = cadence === undefined ? null : /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?$/.exec(cadence);
  if (!match || cadence === 'P') return cadence;
  const units = ['year', 'month', 'week', 'day'];
  const parts = match.slice(1).flatMap((count, index) => (count === undefined ? [] : [`${count} ${units[index]}${count === '1' ? '' : 's'}`]));
  return `every ${parts.join(' and ')}`;
}

/** The review fact of a standard or KPI: how often, when last, and when due (a date, never "overdue": the page must not change with the calendar). */
export function reviewFact(review: ReviewState | undefined): Fact | undefined {
  if (!review) return undefined;
  const parts = [
    cadencePhrase(review.every) ?? 'no cadence set',
    review.last === undefined ? 'not reviewed yet' : `last reviewed ${review.last}`,
  ];
  if (review.due !== undefined) parts.push(`due ${review.due}`);
  return wordsFact('Review', parts.join('; '));
}
