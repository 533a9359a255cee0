/** The view and renderers of `monograph list`. */
import { byText } from '../text.js';
import type { Fact, Monograph } from '../catalog/schema.js';
import type { RenderOpts } from '../output.js';
import { table } from './layout.js';
import { mdTable } from './markdown.js';

export interface ListView {
  monographs: { id: string; brand: string; generic: string; drugClass: string; form: string; strength: string; manufacturer: string }[];
}

/** One row per monograph, in id order. */
export function listView(monographs: readonly Monograph[]): ListView {
  return {
    monographs: [...monographs]
      .sort((a, b) => byText(a.id, b.id))
      .map((m) => ({
        id: m.id,
        brand: m.brand,
        generic: m.generic,
        drugClass: short(m.header.drugClass),
        form: short(m.header.form),
        strength: short(m.header.strength),
        manufacturer: short(m.header.manufacturer),
      })),
  };
}

const short = (f: Fact) => f.short ?? f.value;

const HEAD = ['Id', 'Brand', 'Generic', 'Class', 'Form', 'Manufacturer'];
const row = (m: ListView['monographs'][number]) => [m.id, m.brand, m.generic, m.drugClass, `${m.form}, ${m.strength}`, m.manufacturer];

export const renderList = (view: ListView, { width }: RenderOpts): string => table(HEAD, view.monographs.map(row), width);

export const renderListMarkdown = (view: ListView): string => `# Monographs\n\n${mdTable(HEAD, view.monographs.map(row))}\n`;
