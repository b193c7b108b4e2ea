import { at } from '../../model/entity.js';
import { isRecord } from '../../model/extractEntities.js';
import { KIND_LABEL } from '../../model/sections.js';
import { addCadence } from '../../util/cadence.js';
import type { Rule } from '../rule.js';
import { ENTRY_SCOPE } from '../scope/ruleScope.js';

export const reviewOverdue: Rule = {
  id: 'review-overdue',
  defaultSeverity: 'warning',
  description: 'A standard or KPI whose review is overdue ("review.last" plus "review.every" is before today).',
  rationale:
    'Customers change and cultures drift: a standard written for last year\'s customers, or a KPI nobody has questioned since it was set, slowly stops serving anyone. A review date is a promise to look again.',
  howToFix: 'Review the entry with recent customer feedback, then set "review.last" to the date of the review. In CI, pass --today so that results do not change from day to day.',
  // Reads each entity's own fields: an edit changes problems in the edited file only.
  scope: ENTRY_SCOPE,
  *check({ index, today }) {
    for (const entities of index.entities.values()) {
      for (const entity of entities) {
        const review = entity.data.review;
        // A bad date or cadence is the schema rule's to report: nothing to compute here.
        if (!isRecord(review) || typeof review.last !== 'string' || typeof review.every !== 'string') continue;
        // addCadence remembers the few cadences from a few dates that reviews follow.
        const due = addCadence(review.last, review.every);
        if (!due || due >= today) continue;
        const label = KIND_LABEL[entity.kind].one;
        yield {
          at: at(entity, 'review', 'last'),
          entity,
          message: `The review of ${label} "${entity.id}" was due on ${due} (last reviewed ${review.last}, every ${review.every}). Review it and update "last".`,
        };
      }
    }
  },
};
