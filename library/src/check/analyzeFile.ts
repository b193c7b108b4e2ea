import { isAlias, visit } from 'yaml';
import type { SourceFile } from '../source/sourceFile.js';
import type { FileAnalysis } from '../model/fileAnalysis.js';
import { extractEntities } from '../model/extractEntities.js';
import { offsetsToRange } from '../source/sourceFile.js';
import { validatorFor } from '../schema/loadSchema.js';
import { schemaFindings } from '../schema/schemaFindings.js';
import { findSuppressions } from './suppressions.js';
import type { Finding } from '../model/finding.js';
import { damageEcho, documentDamage, mergeDamage, type Damage } from '../model/damage.js';


/** Aliases beyond this count are treated as an alias bomb rather than expanded. */
const MAX_ALIAS_COUNT = 100;

/**
 * Analyses one parsed source: syntax, schema, entities and references. Never throws on bad input.
 * A document with syntax errors is still read: what its errors broke is left out (see Damage).
 */
export function analyzeFile(file: SourceFile): FileAnalysis {
  const syntax: Finding[] = file.syntax.map(({ range, message }) => ({ at: { file, range }, message }));
  const data: unknown[] = [];
  const damage: Damage[] = [];
  const lineOf = (offset: number) => file.lineCounter.linePos(Math.min(offset, file.text.length)).line - 1;
  file.documents.forEach((document, doc) => {
    const broken = document.errors.some((error) => error.code !== 'DUPLICATE_KEY');
    let value: unknown;
    try {
      value = document.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    } catch (error) {
      // A broken document has its syntax problem already; the aliases of a sound one get theirs.
      if (!broken) syntax.push({ at: { file, range: firstAliasRange(file, doc) }, message: aliasMessage(error) });
    }
    data.push(value);
    if (broken) damage.push(documentDamage(file.text, document, doc, value !== undefined, lineOf));
  });
  return analyzeData(file, data, syntax, mergeDamage(damage));
}

/**
 * The part of the analysis that needs only each document's data (and `locate` for positions):
 * schema findings, entities, references, suppressions. For sources read without YAML documents.
 * `knownSchema`: the schema findings, when the caller has them already (see entryEditFindings).
 */
export function analyzeData(file: SourceFile, data: readonly unknown[], syntax: Finding[], damage?: Damage, knownSchema?: readonly Finding[]): FileAnalysis {
  const schema = knownSchema ?? schemaOf(file, data, damage);
  const { entities, references } = extractEntities(file, data, damage?.entries);
  return { file, data, syntax, schema, entities, references, suppressions: findSuppressions(file.text), ...(damage && { damage }) };
}

/** What the schema finds in each document. */
function schemaOf(file: SourceFile, data: readonly unknown[], damage: Damage | undefined): Finding[] {
  const schema: Finding[] = [];
  const validate = validatorFor('source.schema.json');
  const echoes = damage && damageEcho(damage);
  data.forEach((value, doc) => {
    // An empty or comment-only document holds nothing to check.
    if (value === null || value === undefined) return;
    const found = schemaFindings(validate, value, file, doc);
    // What a syntax error broke would only echo it.
    schema.push(...(echoes ? found.filter((finding) => !echoes(finding)) : found));
  });
  return schema;
}

function aliasMessage(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return /alias/i.test(text)
    ? `Too many aliases (*name) are expanded here (more than ${MAX_ALIAS_COUNT}); write the values out or use fewer aliases.`
    : `The YAML cannot be read: ${text}`;
}

function firstAliasRange(file: SourceFile, doc: number) {
  let offset = 0;
  visit(file.documents[doc]!, {
    Alias(_, node) {
      if (isAlias(node) && node.range) offset = node.range[0];
      return visit.BREAK;
    },
  });
  return offsetsToRange(file, offset, offset);
}
