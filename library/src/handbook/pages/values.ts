import { itemsFact } from '../entitySection.js';
import { backRefsFact } from '../refFacts.js';
import { entityPage } from './page.js';

export const valuesPage = entityPage({
  name: 'values',
  kind: 'value',
  title: 'Values',
  purpose: 'what we believe in, and the everyday behaviours that show it',
  intro: 'What we believe in, and how you can tell from what people do. Standards name the values they put into practice.',
  empty: 'No values yet.',
  facts: ({ view }, value) => [
    itemsFact('Behaviours', value.data.behaviours),
    backRefsFact('Standards that put it into practice', view.referrers('value', value.id, 'standard', 'values')),
  ],
});
