import { itemsFact, textFact } from '../entitySection.js';
import { ownerFact, pillarsFact, refsFact } from '../refFacts.js';
import { reviewFact } from '../review.js';
import { entityPage } from './page.js';
import { measuringRefFacts } from './statusLinks.js';

export const standardsPage = entityPage({
  name: 'standards',
  kind: 'standard',
  title: 'Standards',
  purpose: 'the standards we hold ourselves to, who owns each one, how we know it works and when it is reviewed',
  intro: "The standards we hold ourselves to. Each one has an owner, serves part of the promise, is measured by KPIs and is reviewed so that it keeps serving today's customers.",
  empty: 'No standards yet.',
  facts: ({ view, review }, standard) => [
    ownerFact(view, standard.data.owner),
    pillarsFact(view, standard.data.supports),
    refsFact(view, 'Values', 'value', standard.data.values),
    ...measuringRefFacts(view, 'Measured by', 'No longer measured by (retired)', standard.data.measuredBy),
    itemsFact('Applies to', standard.data.appliesTo),
    reviewFact(review(standard)),
    textFact('Status', standard.data.status),
  ],
});
