import { relative, sep } from 'node:path';
import { at } from '../../model/entity.js';
import { KIND_LABEL } from '../../model/sections.js';
import { locate } from '../../source/locate.js';
import type { Rule } from '../rule.js';
import { definingFiles } from '../scope/ruleScope.js';

export const duplicateId: Rule = {
  id: 'duplicate-id',
  defaultSeverity: 'error',
  description: 'The same id twice in a section, in one file or across files, or a second mission.',
  rationale: 'An id must name one thing: with two KPIs called the same, owners, targets and links to the mission become ambiguous.',
  howToFix: 'Rename one of the two entities (and the references meant for it), or merge them into one.',
  // The first definition of an id is the original; every other one, in any file, is flagged and
  // points back at it: every file defining an id the edited file defines (or defined).
  scope: { kind: 'linked', entities: 'same-ids', affected: (change, index) => definingFiles(index, change.defined) },
  *check({ index, root }) {
    for (const [kind, entities] of index.entities) {
      const first = new Map<string, (typeof entities)[number]>();
      for (const entity of entities) {
        const original = first.get(entity.id);
        if (!original) {
          first.set(entity.id, entity);
          continue;
        }
        const line = locate(at(original)).start.line + 1;
        const where = original.file === entity.file ? `line ${line}` : `${relative(root, original.file.path).split(sep).join('/')}:${line}`;
        const related = [{ file: original.file.path, range: locate(at(original, 'id')), message: 'First defined here.' }];
        if (kind === 'mission') {
          yield { at: { ...at(entity), target: 'key' }, entity, message: `A project has one mission, and one is already defined (${where}). Merge the two into one.`, related };
        } else {
          const label = KIND_LABEL[kind].one;
          yield { at: at(entity, 'id'), entity, message: `The ${label} id "${entity.id}" is already used (${where}). Give this ${label} its own id.`, related };
        }
      }
    }
  },
};
