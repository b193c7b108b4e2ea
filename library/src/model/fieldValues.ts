// How rules read fields that may be missing or malformed: a value of the wrong type is the schema
// rule's to report, so these only tell "nothing written here" apart from "something written".

/** Missing, empty or blank text. */
export function isBlank(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
}

/** Missing or an empty list. */
export function isEmptyList(value: unknown): boolean {
  return value === undefined || value === null || (Array.isArray(value) && value.length === 0);
}
