import type { EntityKind } from 'cxgov';
import { SymbolKind } from 'vscode-languageserver';

/** The outline icon of each kind of entry; sections show as modules. */
export const SYMBOL_KIND: Record<EntityKind, SymbolKind> = {
  mission: SymbolKind.Module,
  pillar: SymbolKind.Class,
  value: SymbolKind.Constant,
  owner: SymbolKind.Object,
  standard: SymbolKind.Struct,
  kpi: SymbolKind.Number,
  initiative: SymbolKind.Function,
  ritual: SymbolKind.Event,
};

export const SECTION_SYMBOL_KIND = SymbolKind.Module;
