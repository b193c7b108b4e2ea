import type { ListItem, PhrasingContent } from 'mdast';
import { KIND_LABEL } from '../../model/sections.js';
import { externalLink, inlineCode, joined, list, listItem, literal, paragraph, strong, text } from '../../handbook/mdast.js';
import type { EntityChange, FieldChange } from '../diffReport.js';

/** Changed items of a list shown at most; a rewritten list of hundreds of ids would drown the comment. */
const MAX_ITEMS = 10;

/** One change as a list item: what entity, what happened and why it matters, then one line per field. */
export function changeItem(change: EntityChange, handbookUrl: string | undefined): ListItem {
  const label = `${KIND_LABEL[change.kind].one} ${change.id}`;
  const title: PhrasingContent[] = [strong(literal(`${KIND_LABEL[change.kind].one} `), inlineCode(change.id))];
  if (change.handbook && handbookUrl) title[0] = strong(externalLink(handbookLink(handbookUrl, change.handbook), label));
  if (change.name !== undefined && change.name !== change.id) title.push(literal(' '), text(`(${change.name})`));
  title.push(literal(`: ${change.change}`));
  if (change.previousId !== undefined) title.push(literal(' from '), inlineCode(change.previousId));
  if (change.reasons.length > 0 && change.risk === 'critical') title.push(literal(' — '), text(change.reasons.join('; ')));
  title.push(literal(' · '), inlineCode(`${change.file}:${change.line}`));
  const fields = change.fields.map((field) => listItem(paragraph(...fieldLine(field))));
  return fields.length > 0 ? listItem(paragraph(...title), list(fields)) : listItem(paragraph(...title));
}

/** `target.value`: `80` → `75`; `guardrails`: − `fcr`; `incentive`: added (`true`). */
export function fieldLine(field: FieldChange): PhrasingContent[] {
  const name = [inlineCode(field.field), literal(': ')];
  if (field.change === 'added') return [...name, literal('added ('), ...value(field.after), literal(')')];
  if (field.change === 'removed') return [...name, literal('removed (was '), ...value(field.before), literal(')')];
  if (field.itemsAdded || field.itemsRemoved) {
    const parts = [...items('+ ', field.itemsAdded ?? []), ...items('− ', field.itemsRemoved ?? [])];
    return [...name, ...joined(parts, '; ')];
  }
  return [...name, ...value(field.before), literal(' → '), ...value(field.after)];
}

function items(sign: string, values: readonly unknown[]): PhrasingContent[][] {
  if (values.length === 0) return [];
  const shown = values.slice(0, MAX_ITEMS).map((item) => value(item));
  const more = values.length > MAX_ITEMS ? [literal(` and ${values.length - MAX_ITEMS} more`)] : [];
  return [[literal(sign), ...joined(shown), ...more]];
}

/** A value from a source, always as code: whatever it says cannot become Markdown. */
function value(data: unknown): PhrasingContent[] {
  if (Array.isArray(data) && data.every((item) => item === null || typeof item !== 'object')) return data.length === 0 ? [literal('none')] : joined(data.slice(0, MAX_ITEMS).map((item) => value(item)));
  return [inlineCode(typeof data === 'string' ? data : (JSON.stringify(data) ?? String(data)))];
}

/** The address of an entity's heading in the published handbook. */
export function handbookLink(base: string, location: { path: string; anchor: string }): string {
  return `${base.endsWith('/') ? base : `${base}/`}${location.path}#${location.anchor}`;
}
