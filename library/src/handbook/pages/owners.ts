import type { Entity } from '../../model/entity.js';
import { entityKey, PROMISE_HEADING } from '../anchors.js';
import type { RenderContext } from '../context.js';
import { itemsFact, wordsFact, type Fact, type ValueFact } from '../entitySection.js';
import { textOf } from '../fields.js';
import { externalLink, internalLink } from '../mdast.js';
import { backRefsFact, refsFact } from '../refFacts.js';
import { ownerTypeWords } from '../words.js';
import { entityPage } from './page.js';
import { markedLinks, measuringFacts } from './statusLinks.js';

/** Plain enough to be an address, and nothing that could make the link anything but `mailto:`. */
const EMAIL = /^[\w.+-]+@[\w-]+(\.[\w-]+)+$/;

export const ownersPage = entityPage({
  name: 'owners',
  kind: 'owner',
  title: 'Owners',
  purpose: 'who is accountable for what, who belongs to which team, and whom each of them serves',
  intro: 'The people, teams and roles accountable for our promise: what each one owns, and whom they serve. Every team has customers, inside or outside the company.',
  empty: 'No owners yet.',
  facts: ownerFacts,
});

/**
 * What an owner page answers, in the order people ask: who they are, which teams they are part of
 * (or who is on the team), whom they serve, then what they own. Missing members and customers are
 * said out loud: a team nobody is on, or an owner who serves nobody named, is a gap worth seeing.
 */
function ownerFacts({ view }: RenderContext, owner: Entity): Fact[] {
  const { data, id } = owner;
  const owned = (kind: Entity['kind']) => view.referrers('owner', id, kind, 'owner');
  const duties = [
    sponsorFact(view.referrers('owner', id, 'mission', 'owner')),
    ...measuringFacts('Owns KPIs', 'Retired KPIs they owned', owned('kpi')),
    { label: 'Owns standards', value: markedLinks(owned('standard')) },
    backRefsFact('Owns initiatives', owned('initiative')),
    backRefsFact('Owns rituals', owned('ritual')),
    backRefsFact('Approves initiatives', view.referrers('owner', id, 'initiative', 'approvedBy')),
  ];
  const customers = itemsFact('Serves', data.customers);
  return [
    wordsFact('Type', ownerTypeWords(data.type)),
    emailFact(data.email),
    refsFact(view, 'Members', 'owner', data.members, data.type === 'team' ? 'none named yet' : undefined),
    backRefsFact('Teams', view.referrers('owner', id, 'owner', 'members')),
    'items' in customers && customers.items.length === 0 ? wordsFact('Serves', 'nobody named yet') : customers,
    ...(duties.some((duty) => duty.value.length > 0) ? duties : [wordsFact('Owns', 'nothing yet')]),
  ];
}

function emailFact(value: unknown): Fact {
  const email = textOf(value);
  if (email === undefined || !EMAIL.test(email)) return wordsFact('Email', email);
  return { label: 'Email', value: [externalLink(`mailto:${email}`, email)] };
}

function sponsorFact(missions: readonly Entity[]): ValueFact {
  return { label: 'Sponsor of', value: missions.length === 0 ? [] : [internalLink(entityKey('mission', 'mission'), PROMISE_HEADING.toLowerCase())] };
}
