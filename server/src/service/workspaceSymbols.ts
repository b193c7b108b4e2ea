import type { Entity } from 'cxgov';
import { KIND_LABEL } from 'cxgov/editor';
import type { ProjectIndex } from 'cxgov/editor';
import type { CancellationToken, SymbolInformation } from 'vscode-languageserver';
import { entityTitle } from './describe.js';
import { idLocation } from './source.js';
import { SYMBOL_KIND } from './symbolKinds.js';

/** Enough for any picker; a workspace larger than this is narrowed by typing more. */
const MAX_RESULTS = 500;

/** Every entry of every project whose id or name matches a query (substring, or beginnings of its words). */
export function workspaceSymbols(indexes: readonly ProjectIndex[], query: string, token?: CancellationToken): SymbolInformation[] {
  const wanted = query.trim().toLowerCase();
  const found: { score: number; symbol: SymbolInformation }[] = [];
  const seen = new Set<string>();
  for (const index of indexes) {
    for (const entities of index.entities.values()) {
      if (token?.isCancellationRequested) return [];
      for (const entity of entities) {
        if (entity.kind === 'mission') continue;
        const score = matchScore(entity, wanted);
        if (score === undefined) continue;
        const symbol = symbolOf(entity);
        const key = `${symbol.location.uri}#${symbol.location.range.start.line}:${symbol.location.range.start.character}`;
        if (seen.has(key)) continue;
        seen.add(key);
        found.push({ score, symbol });
      }
    }
  }
  return found
    .sort((a, b) => a.score - b.score || a.symbol.name.localeCompare(b.symbol.name))
    .slice(0, MAX_RESULTS)
    .map(({ symbol }) => symbol);
}

/** Lower is better: 0 for an id that starts with the query, 1 for a substring of id or name, 2 for word starts (`fcr`, `firstres`). */
function matchScore(entity: Entity, query: string): number | undefined {
  if (query === '') return 0;
  const id = entity.id.toLowerCase();
  const name = (entityTitle(entity) ?? '').toLowerCase();
  if (id.startsWith(query)) return 0;
  if (id.includes(query) || name.includes(query)) return 1;
  const compact = query.replace(/[\s-]+/g, '');
  if (compact.length <= MAX_FUZZY && (fromWordStarts(compact, words(id)) || fromWordStarts(compact, words(name)))) return 2;
  return undefined;
}

/** Longer queries are typed to match text, not initials. */
const MAX_FUZZY = 24;

function words(text: string): string[] {
  return text.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

/** Whether a query is made of the beginnings of words, in order: `fcr` and `firstres` both find first-contact-resolution. */
function fromWordStarts(query: string, list: readonly string[], from = 0): boolean {
  if (query === '') return true;
  for (let i = from; i < list.length; i++) {
    const word = list[i]!;
    for (let n = Math.min(word.length, query.length); n >= 1; n--) {
      if (word.startsWith(query.slice(0, n)) && fromWordStarts(query.slice(n), list, i + 1)) return true;
    }
  }
  return false;
}

function symbolOf(entity: Entity): SymbolInformation {
  const title = entityTitle(entity);
  return {
    name: entity.id,
    kind: SYMBOL_KIND[entity.kind],
    location: idLocation(entity),
    containerName: title ? `${KIND_LABEL[entity.kind].one}: ${title}` : KIND_LABEL[entity.kind].one,
  };
}
