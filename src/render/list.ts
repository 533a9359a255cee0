/** The view and renderers of `monograph list`. */
import { byText } from '../text.js';
import type { Origin } from '../catalog/catalog.js';
import type { Fact, Monograph } from '../catalog/schema.js';
import type { RenderOpts } from './renderers.js';
import { table } from './layout.js';
import { mdTable } from './markdown.js';

/** Where a monograph was read from, for `list --source`. */
export interface SourceOf {
  source: Origin;
  file: string;
}

export interface ListView {
  monographs: ({ id: string; brand: string; generic: string; drugClass: string; form: string; strength: string; manufacturer: string } & Partial<SourceOf>)[];
}

/** One row per monograph, in id order; with `origins`, each row also says where it was read from. */
export function listView(monographs: readonly Monograph[], origins?: ReadonlyMap<string, SourceOf>): ListView {
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
        ...origins?.get(m.id),
      })),
  };
}

/** A header fact for tables; an imported label may not state it. */
const short = (f: Fact | undefined) => (f ? (f.short ?? f.value) : 'not stated');

const HEAD = ['Id', 'Brand', 'Generic', 'Class', 'Form', 'Manufacturer'];
const withSource = (view: ListView) => view.monographs.some((m) => m.source !== undefined);
const head = (view: ListView) => (withSource(view) ? [...HEAD, 'Source'] : HEAD);
const row = (m: ListView['monographs'][number]) => [m.id, m.brand, m.generic, m.drugClass, `${m.form}, ${m.strength}`, m.manufacturer, ...(m.source ? [m.source] : [])];

export const renderList = (view: ListView, { width }: RenderOpts): string => table(head(view), view.monographs.map(row), width);

export const renderListMarkdown = (view: ListView): string => `# Monographs\n\n${mdTable(head(view), view.monographs.map(row))}\n`;
