import type { ErrorObject, ValidateFunction } from 'ajv';
import type { SourceFile } from '../source/sourceFile.js';
import { didYouMean } from '../util/didYouMean.js';
import { capital } from '../util/text.js';
import { locate, type Path } from '../source/locate.js';
import type { Finding } from '../model/finding.js';
import type { Fix } from '../model/problem.js';

/**
 * Validates one document's data (or the value at `prefix` in it) and rewrites ajv's errors into
 * plain words placed on the offending key or value.
 */
export function schemaFindings(validate: ValidateFunction, data: unknown, file: SourceFile, doc: number, prefix: Path = []): Finding[] {
  if (validate(data)) return [];
  const findings: Finding[] = [];
  const seen = new Set<string>();
  for (const error of validate.errors ?? []) {
    const finding = describe(error, file, doc, prefix);
    const key = `${finding.at && 'path' in finding.at ? finding.at.path.join('/') : ''}|${finding.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    findings.push(finding);
  }
  return findings;
}

function describe(error: ErrorObject, file: SourceFile, doc: number, prefix: Path): Finding {
  const path = prefix.length === 0 ? pointerToPath(error.instancePath) : [...prefix, ...pointerToPath(error.instancePath)];
  const name = fieldName(path);
  const parent = error.parentSchema as Record<string, unknown> | undefined;
  switch (error.keyword) {
    case 'required': {
      const missing = String(error.params.missingProperty);
      return { at: { file, doc, path }, message: `Add the required field "${missing}"${name ? ` to ${name}` : ''}.` };
    }
    case 'additionalProperties': {
      const unknown = String(error.params.additionalProperty);
      const allowed = Object.keys((parent?.properties as object | undefined) ?? {});
      const guess = didYouMean(unknown, allowed);
      const keyPath = [...path, unknown];
      const where = path.length === 0 ? 'section' : 'field';
      const fixes = guess ? [renameKey(file, doc, keyPath, guess)] : undefined;
      const hint = guess ? ` Did you mean "${guess}"?` : '';
      return {
        at: { file, doc, path: keyPath, target: 'key' },
        message: `Unknown ${where} "${unknown}".${hint} Allowed ${where}s: ${allowed.join(', ')}.`,
        fixes,
      };
    }
    case 'type':
      return { at: { file, doc, path }, message: `${capital(name ?? 'This value')} should be ${typeWords(String(error.params.type))}, not ${valueWords(error.data)}.` };
    case 'enum': {
      const allowed = (error.params.allowedValues as unknown[]).map(String);
      const guess = typeof error.data === 'string' ? didYouMean(error.data, allowed) : undefined;
      const fixes = guess ? [replaceValue(file, doc, path, guess)] : undefined;
      const hint = guess ? ` Did you mean "${guess}"?` : '';
      return { at: { file, doc, path }, message: `${capital(name ?? 'This value')} must be one of: ${allowed.join(', ')} (found ${valueWords(error.data)}).${hint}`, fixes };
    }
    case 'pattern': {
      const custom = typeof parent?.patternErrorMessage === 'string' ? parent.patternErrorMessage : `It must match ${String(error.params.pattern)}.`;
      return { at: { file, doc, path }, message: `${capital(name ?? 'This value')} ${valueWords(error.data)} is not valid. ${custom}` };
    }
    case 'format': {
      const format = String(error.params.format);
      const advice = format === 'date' ? 'write a real date as YYYY-MM-DD, e.g. 2026-03-31' : format === 'email' ? 'write an email address such as name@example.com' : `use the ${format} format`;
      return { at: { file, doc, path }, message: `${capital(name ?? 'This value')} ${valueWords(error.data)} is not valid: ${advice}.` };
    }
    case 'minimum':
    case 'maximum':
      return { at: { file, doc, path }, message: `${capital(name ?? 'This value')} must be at ${error.keyword === 'minimum' ? 'least' : 'most'} ${String(error.params.limit)} (found ${valueWords(error.data)}).` };
    case 'minLength':
      return { at: { file, doc, path }, message: `${capital(name ?? 'This value')} is empty; write something here or remove the field.` };
    case 'maxLength':
      return { at: { file, doc, path }, message: `${capital(name ?? 'This value')} is too long (at most ${String(error.params.limit)} characters); shorten it.` };
    default:
      return { at: { file, doc, path }, message: `${capital(name ?? 'This value')} ${error.message ?? 'is not valid'}.` };
  }
}

/** `/kpis/3/owner` → `['kpis', 3, 'owner']`. */
export function pointerToPath(pointer: string): Path {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((segment) => (/^(0|[1-9]\d*)$/.test(segment) ? Number(segment) : segment));
}

/** Names the offending field the way a user wrote it: `"owner"`, or `item 2 of "supports"`. */
function fieldName(path: Path): string | undefined {
  const last = path[path.length - 1];
  if (last === undefined) return undefined;
  if (typeof last === 'string') return `"${last}"`;
  const list = path[path.length - 2];
  return typeof list === 'string' ? `item ${last + 1} of "${list}"` : `item ${last + 1}`;
}

function typeWords(type: string): string {
  const words: Record<string, string> = { array: 'a list', object: 'a mapping of fields', string: 'text', number: 'a number', integer: 'a whole number', boolean: 'true or false', null: 'empty' };
  return type.split(',').map((t) => words[t] ?? t).join(' or ');
}

function valueWords(value: unknown): string {
  if (value === null || value === undefined) return 'empty';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string') return JSON.stringify(value.length > 60 ? value.slice(0, 57) + '...' : value);
  return String(value);
}


function renameKey(file: SourceFile, doc: number, path: Path, newKey: string): Fix {
  return { title: `Rename to "${newKey}"`, edits: [{ file: file.path, range: locate({ file, doc, path, target: 'key' }), newText: newKey }] };
}

function replaceValue(file: SourceFile, doc: number, path: Path, newValue: string): Fix {
  return { title: `Change to "${newValue}"`, edits: [{ file: file.path, range: locate({ file, doc, path }), newText: newValue }] };
}
