/** The view and renderer of `monograph library`: the folder, then one row per monograph with where it came from. */
import type { CatalogEntry, Origin } from '../catalog/catalog.js';
import type { RenderOpts } from './renderers.js';
import { byText } from '../text.js';
import { heading, paragraph, table } from './layout.js';

export interface LibraryView {
  /** The library folder, or null when no home folder is known. */
  folder: string | null;
  monographs: { id: string; brand: string; source: Origin; file: string; setId: string | null; version: string | null; importedOn: string | null; reviewed: boolean }[];
}

/** One row per monograph: bundled first, then the library, then --data folders, each in id order. */
export function libraryView(folder: string | null, entries: readonly CatalogEntry[]): LibraryView {
  const rank = { bundled: 0, library: 1, data: 2 } as const;
  const rows = entries.map((e) => {
    const m = e.monograph;
    return {
      id: m.id,
      brand: m.brand,
      source: e.origin ?? ('bundled' as const),
      file: e.file,
      setId: m.imported?.setId ?? null,
      version: m.imported?.version ?? null,
      importedOn: m.imported?.on ?? null,
      reviewed: !m.imported,
    };
  });
  return { folder, monographs: rows.sort((a, b) => rank[a.source] - rank[b.source] || byText(a.id, b.id)) };
}

export function renderLibrary(v: LibraryView, { width }: RenderOpts): string {
  const count = v.monographs.filter((m) => m.source === 'library').length;
  const where = v.folder ? `Library folder: ${v.folder} (${count} monograph${count === 1 ? '' : 's'})` : 'No library folder: set MONOGRAPH_HOME or HOME';
  const rows = v.monographs.map((m) => [m.id, m.brand, m.source, m.setId ? `v${m.version}, imported ${m.importedOn}, not reviewed` : 'reviewed', m.file]);
  return `${[heading(where), '', table(['Id', 'Brand', 'Source', 'Label', 'File'], rows, width), '', paragraph('Import FDA labels into the library with `monograph import FILE`.', width)].join('\n')}\n`;
}
