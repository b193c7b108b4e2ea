import { textFact, wordsFact } from '../entitySection.js';
import { ownerFact, refsFact } from '../refFacts.js';
import { cadencePhrase } from '../review.js';
import { entityPage } from './page.js';

export const ritualsPage = entityPage({
  name: 'rituals',
  kind: 'ritual',
  title: 'Rituals',
  purpose: 'the habits that bring the customer into the room, and who keeps them going',
  intro: 'The habits that bring the customer into the room, how often they happen and who keeps them going.',
  empty: 'No rituals yet.',
  facts: ({ view }, { data }) => [
    wordsFact('When', cadencePhrase(data.cadence)),
    ownerFact(view, data.owner),
    textFact('Audience', data.audience),
    refsFact(view, 'Pillars', 'pillar', data.supports),
  ],
});
