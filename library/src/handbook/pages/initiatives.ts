import { textFact, wordsFact } from '../entitySection.js';
import { ownerFact, pillarsFact } from '../refFacts.js';
import { doorWords } from '../words.js';
import { entityPage } from './page.js';
import { markedRefLinks } from './statusLinks.js';

export const initiativesPage = entityPage({
  name: 'initiatives',
  kind: 'initiative',
  title: 'Initiatives',
  purpose: 'what we are trying, whether it can be undone, who approved it and which KPIs it should move',
  intro: 'What we are trying. Most initiatives are two-way doors: small experiments we can walk back through. One-way doors are hard to undo, so each needs a named approver.',
  empty: 'No initiatives yet.',
  facts: ({ view }, { data }) => [
    wordsFact('Door', doorWords(data.door) ?? 'not stated'),
    // An approver is worth a line when one is named, and its absence when the door is one-way.
    data.door === 'one-way' || data.approvedBy !== undefined ? ownerFact(view, data.approvedBy, 'Approved by', 'nobody yet') : undefined,
    ownerFact(view, data.owner),
    pillarsFact(view, data.supports),
    { label: 'Expected to move', value: markedRefLinks(view, data.kpis) },
    textFact('Status', data.status),
  ],
});
