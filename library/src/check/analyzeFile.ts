import { isAlias, visit } from 'yaml';
import type { SourceFile } from '../source/sourceFile.js';
import type { FileAnalysis } from '../model/fileAnalysis.js';
import { extractEntities } from '../model/extractEntities.js';
import { offsetsToRange } from '../source/sourceFile.js';
import { validatorFor } from '../schema/loadSchema.js';
import { schemaFindings } from '../schema/schemaFindings.js';
import { findSuppressions } from './suppressions.js';
import type { Finding } from '../model/finding.js';


/** Aliases beyond this count are treated as an alias bomb rather than expanded. */
const MAX_ALIAS_COUNT = 100;

/** Analyses one parsed source: syntax, schema, entities and references. Never throws on bad input. */
export function analyzeFile(file: SourceFile): FileAnalysis {
  const syntax: Finding[] = file.syntax.map(({ range, message }) => ({ at: { file, range }, message }));
  const data: unknown[] = [];
  file.documents.forEach((document, doc) => {
    // A duplicate key still leaves readable data; other errors leave nothing trustworthy.
    if (document.errors.some((error) => error.code !== 'DUPLICATE_KEY')) {
      data.push(undefined);
      return;
    }
    try {
      data.push(document.toJS({ maxAliasCount: MAX_ALIAS_COUNT }));
    } catch (error) {
      syntax.push({ at: { file, range: firstAliasRange(file, doc) }, message: aliasMessage(error) });
      data.push(undefined);
    }
  });
  return analyzeData(file, data, syntax);
}

/**
 * The part of the analysis that needs only each document's data (and `locate` for positions):
 * schema findings, entities, references, suppressions. For sources read without YAML documents.
 */
export function analyzeData(file: SourceFile, data: readonly unknown[], syntax: Finding[]): FileAnalysis {
  const schema: Finding[] = [];
  const validate = validatorFor('source.schema.json');
  data.forEach((value, doc) => {
    // An empty or comment-only document holds nothing to check.
    if (value === null || value === undefined) return;
    schema.push(...schemaFindings(validate, value, file, doc));
  });
  const { entities, references } = extractEntities(file, data);
  return { file, data, syntax, schema, entities, references, suppressions: findSuppressions(file.text) };
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
