/** The renderer of `monograph library`: the folder, then one row per monograph with where it came from. */
import type { LibraryView } from '../catalog/views.js';
import type { RenderOpts } from './renderers.js';
import { heading, paragraph, table } from './layout.js';

export function renderLibrary(v: LibraryView, { width }: RenderOpts): string {
  const count = v.monographs.filter((m) => m.source === 'library').length;
  const where = v.folder ? `Library folder: ${v.folder} (${count} monograph${count === 1 ? '' : 's'})` : 'No library folder: set MONOGRAPH_HOME or HOME';
  const rows = v.monographs.map((m) => [m.id, m.brand, m.source, m.setId ? `v${m.version}, imported ${m.importedOn}, not reviewed` : 'reviewed', m.file]);
  return `${[heading(where), '', table(['Id', 'Brand', 'Source', 'Label', 'File'], rows, width), '', paragraph('Import FDA labels into the library with `monograph import FILE`.', width)].join('\n')}\n`;
}
