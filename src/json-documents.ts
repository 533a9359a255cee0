/**
 * The JSON document of each command, as `emit` writes it: the view plus `schemaVersion`. The published schemas in
 * docs/schema/ are generated from these types (`npm run json-schemas`); a test checks they are current and that every
 * command's real output matches its schema.
 */
import type { CompletionView } from './completion/scripts.js';
import type { SearchView } from './search/search.js';
import type { ValidateView } from './catalog/validate.js';
import type { CompareView } from './compare/compare.js';
import type { FieldsView } from './compare/options.js';
import type { DosingAnswer } from './dosing/answer.js';
import type { DosingView } from './dosing/view.js';
import type { ImportView } from './import/run.js';
import type { LibraryView, ListView, SectionsView, ShowView } from './catalog/views.js';
import type { StorageView } from './storage/view.js';
import type { TourView } from './tour/steps.js';

type Doc<V> = { schemaVersion: 1 } & V;

export type ListDocument = Doc<ListView>;
export type ShowDocument = Doc<ShowView>;
export type SectionsDocument = Doc<SectionsView>;
export type SearchDocument = Doc<SearchView>;
export type CompareDocument = Doc<CompareView>;
export type CompareFieldsDocument = Doc<FieldsView>;
export type StorageDocument = Doc<StorageView>;
/** `monograph dosing` adds the answer block to the view (src/commands/dosing-run.ts). */
export type DosingDocument = Doc<DosingView & { answer: DosingAnswer | null }>;
export type ValidateDocument = Doc<ValidateView>;
export type ImportDocument = Doc<ImportView>;
export type LibraryDocument = Doc<LibraryView>;
export type CompletionDocument = Doc<CompletionView>;
export type TourDocument = Doc<TourView>;

/** Published file name (docs/schema/<name>.schema.json) → the document type it describes. */
export const JSON_DOCUMENTS = {
  list: 'ListDocument',
  show: 'ShowDocument',
  sections: 'SectionsDocument',
  search: 'SearchDocument',
  compare: 'CompareDocument',
  'compare-fields': 'CompareFieldsDocument',
  storage: 'StorageDocument',
  dosing: 'DosingDocument',
  validate: 'ValidateDocument',
  import: 'ImportDocument',
  library: 'LibraryDocument',
  completion: 'CompletionDocument',
  tour: 'TourDocument',
} as const;

export type JsonDocumentName = keyof typeof JSON_DOCUMENTS;
