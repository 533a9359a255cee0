/** The renderers of `monograph show`: the header block, then each section with its sources. */
import type { Block, Monograph, Source } from '../catalog/schema.js';
import type { HeaderFact, ImportedView, ShowView } from '../catalog/views.js';
import type { RenderOpts } from './renderers.js';
import { cite, citeAll, sourceLine, sourceName } from '../catalog/cite.js';
import { bullets, heading, keyValues, paragraph, table, wrap } from './layout.js';
import { mdList, mdTable, mdText } from './markdown.js';
import { mark } from './theme.js';

/** The label and page dates a reader should see beside any answer. */
export function provenance(sources: readonly Source[]): string {
  const names = sources
    .filter((s) => s.kind === 'label' || (s.kind === 'reference-page' && s.reviewed))
    .map((s) => (s.kind === 'label' ? `${sourceName(s)}${s.setId ? `, set id ${s.setId}` : ''}` : sourceName(s)));
  if (names.length > 0) return [...new Set(names)].join(' · ');
  // No label record among the bundled references (Zolgensma): say so; each section names the pages it rests on.
  return "no label record in the bundled references; see each section's sources";
}

/** "FDA label text, v18, imported 2026-12-02, not reviewed". */
export const tierLine = (i: ImportedView) => `${i.text}, v${i.version}, imported ${i.importedOn}, not reviewed`;
const missingLine = (i: ImportedView) => `Standard sections this label does not have: ${i.missingSections.join(', ')}.`;
const factText = (m: Pick<Monograph, 'sources'>, f: HeaderFact) => (f.stated ? `${f.value} [${citeAll(m, f.sources)}]` : f.value);

export function renderShow(view: ShowView, { width }: RenderOpts): string {
  const out: string[] = [];
  const m = { sources: view.sources };
  out.push(heading(`${view.drug.brand} (${view.drug.generic})`));
  if (view.imported) out.push(mark('warning', wrap(tierLine(view.imported), width).join('\n')));
  out.push(paragraph(view.drug.summary, width));
  out.push(mark('muted', wrap(`Sources: ${provenance(view.sources)}`, width).join('\n')));
  if (!view.partial) {
    out.push('');
    out.push(keyValues(view.header.map((f) => [f.label, factText(m, f)] as const), width));
    if (view.imported && view.imported.missingSections.length > 0) out.push('', paragraph(missingLine(view.imported), width));
  }
  for (const s of view.sections) {
    out.push('', rule(s.title, width), renderBlocks(s.body, m, width).join('\n\n'));
    out.push(mark('muted', wrap(`Sources: ${citeAll(m, s.sources)}`, width).join('\n')));
  }
  if (!view.partial) {
    out.push('', rule('Sources', width), bullets(view.sources.map(sourceLine), width));
  }
  return `${out.join('\n')}\n`;
}

const rule = (title: string, width: number) => heading(`${title} ${'─'.repeat(Math.max(0, Math.min(width, 72) - title.length - 1))}`.slice(0, Math.max(title.length, width)));

/** The region a block is tagged with, unless its first words already name it ("EU SmPC 4.4 ..."). */
function regionOf(b: Block): string | undefined {
  if (!('region' in b) || !b.region) return undefined;
  const lead = 'p' in b ? b.p : 'list' in b ? (b.title ?? '') : 'table' in b ? (b.table.caption ?? '') : 'note' in b ? b.note : '';
  return new RegExp(`^${b.region}\\b`).test(lead) ? undefined : b.region;
}

function renderBlocks(body: readonly Block[], m: Pick<Monograph, 'sources'>, width: number): string[] {
  return body.map((b) => {
    const tag = regionOf(b);
    const region = tag ? `${tag}: ` : '';
    const src = 'sources' in b && b.sources ? ` [${citeAll(m, b.sources)}]` : '';
    if ('p' in b) return paragraph(`${region}${b.p}${src}`, width);
    if ('list' in b) {
      const title = b.title ? `${region}${b.title}${src}` : region ? `${region.trim()}${src}` : '';
      return [title ? paragraph(title, width) : '', bullets(b.list, width)].filter(Boolean).join('\n');
    }
    if ('table' in b) {
      const caption = b.table.caption ? paragraph(`${region}${b.table.caption}${src}`, width) : '';
      return [caption, table(b.table.columns, b.table.rows, width)].filter(Boolean).join('\n');
    }
    if ('note' in b) {
      const label = b.kind === 'boxed-warning' ? 'BOXED WARNING' : b.kind === 'warning' ? 'Warning' : 'Note';
      const text = wrap(`${label}: ${region}${b.note}${src}`, width, '  ', '! ').join('\n');
      return b.kind === 'info' ? text : mark(b.kind === 'boxed-warning' ? 'danger' : 'warning', text);
    }
    if ('differs' in b) {
      const lines = b.differs.values.map((v) => wrap(`${v.region}: ${v.text} [${citeAll(m, v.sources)}]`, width, '    ', '  ').join('\n'));
      return [mark('warning', wrap(`Differs by region: ${b.differs.topic}`, width).join('\n')), ...lines].join('\n');
    }
    const answer = b.a.map((a) => paragraph(a, width, '  ')).join('\n');
    const see = b.see ? `\n${wrap(`See: ${b.see}`, width, '  ', '  ').join('\n')}` : '';
    return `${mark('subheading', wrap(`Q: ${b.q}`, width).join('\n'))}\n${answer}${see}${src ? `\n${wrap(src.trim(), width, '  ', '  ').join('\n')}` : ''}`;
  });
}

export function renderShowMarkdown(view: ShowView): string {
  const m = { sources: view.sources };
  const out: string[] = [`# ${mdText(view.drug.brand)} (${mdText(view.drug.generic)})`, ''];
  if (view.imported) out.push(`**${mdText(tierLine(view.imported))}**`, '');
  out.push(mdText(view.drug.summary), '', `_Sources: ${mdText(provenance(view.sources))}_`);
  if (!view.partial) out.push('', mdTable(['Fact', 'Value', 'Source'], view.header.map((f) => [f.label, f.value, f.stated ? citeAll(m, f.sources) : '—'])));
  if (!view.partial && view.imported && view.imported.missingSections.length > 0) out.push('', mdText(missingLine(view.imported)));
  for (const s of view.sections) {
    out.push('', `## ${mdText(s.title)}`, '');
    for (const b of s.body) out.push(blockMarkdown(b, m), '');
    out.push(`_Sources: ${mdText(citeAll(m, s.sources))}_`);
  }
  if (!view.partial) out.push('', '## Sources', '', mdList(view.sources.map(sourceLine)));
  return `${out.join('\n')}\n`;
}

function blockMarkdown(b: Block, m: Pick<Monograph, 'sources'>): string {
  const tag = regionOf(b);
  const region = tag ? `**${tag}:** ` : '';
  const src = 'sources' in b && b.sources ? ` _(${mdText(citeAll(m, b.sources))})_` : '';
  if ('p' in b) return `${region}${mdText(b.p)}${src}`;
  if ('list' in b) return `${b.title || region ? `${region}${b.title ? mdText(b.title) : ''}${src}\n\n` : ''}${mdList(b.list)}`;
  if ('table' in b) return `${b.table.caption ? `${region}${mdText(b.table.caption)}${src}\n\n` : ''}${mdTable(b.table.columns, b.table.rows)}`;
  if ('note' in b) return `> **${b.kind === 'boxed-warning' ? 'BOXED WARNING' : b.kind === 'warning' ? 'Warning' : 'Note'}:** ${region}${mdText(b.note)}${src}`;
  if ('differs' in b) return `**Differs by region: ${mdText(b.differs.topic)}**\n\n${b.differs.values.map((v) => `- **${v.region}:** ${mdText(v.text)} _(${mdText(citeAll(m, v.sources))})_`).join('\n')}`;
  return `**Q: ${mdText(b.q)}**\n\n${b.a.map(mdText).join('\n\n')}${b.see ? `\n\nSee: \`${b.see.replace(/`/g, '')}\`` : ''}${src}`;
}

export { cite };
