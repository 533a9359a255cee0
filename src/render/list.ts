/** The renderers of the short tables: `monograph list`, `monograph sections` and `monograph compare --fields`. */
import type { FieldsView } from '../compare/options.js';
import type { ListView, SectionsView } from '../catalog/views.js';
import type { RenderOpts } from './renderers.js';
import { table } from './layout.js';
import { mdTable, mdText } from './markdown.js';

const HEAD = ['Id', 'Brand', 'Generic', 'Class', 'Form', 'Manufacturer'];
const withSource = (view: ListView) => view.monographs.some((m) => m.source !== undefined);
const head = (view: ListView) => (withSource(view) ? [...HEAD, 'Source'] : HEAD);
const row = (m: ListView['monographs'][number]) => [m.id, m.brand, m.generic, m.drugClass, `${m.form}, ${m.strength}`, m.manufacturer, ...(m.source ? [m.source] : [])];

export const renderList = (view: ListView, { width }: RenderOpts): string => table(head(view), view.monographs.map(row), width);

export const renderListMarkdown = (view: ListView): string => `# Monographs\n\n${mdTable(head(view), view.monographs.map(row))}\n`;

const sectionRows = (v: SectionsView) => v.sections.map((s) => [s.id, s.title + (s.applies ? '' : ' (does not apply)'), s.aliases.join(', ')]);
export const renderSections = (v: SectionsView, { width }: RenderOpts) => table(['Section', 'Title', 'Aliases'], sectionRows(v), width);
export const renderSectionsMarkdown = (v: SectionsView) => `# ${mdText(v.drug.brand)}: sections\n\n${mdTable(['Section', 'Title', 'Aliases'], sectionRows(v))}\n`;

const fieldRows = (v: FieldsView) => v.fields.map((f) => [f.field, f.label]);
export const renderFields = (v: FieldsView, { width }: RenderOpts) => table(['Field', 'Shown as'], fieldRows(v), width);
export const renderFieldsMarkdown = (v: FieldsView) => `# Comparison fields\n\n${mdTable(['Field', 'Shown as'], fieldRows(v))}\n`;
