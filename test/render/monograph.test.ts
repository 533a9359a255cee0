import { describe, expect, it } from 'vitest';
import type { Monograph } from '../../src/catalog/schema.js';
import { bundledMonographs } from '../helpers/cli.js';
import { showView } from '../../src/catalog/views.js';
import { renderShow } from '../../src/render/monograph.js';

const spinraza = bundledMonographs().find((e) => e.monograph.id === 'spinraza')!.monograph;

/** Spinraza with one section whose body is `body`. */
const withBody = (body: Monograph['sections'][number]['body']): Monograph => ({
  ...spinraza,
  sections: [{ id: 'test', title: 'Test', aliases: [], applies: true, body, sources: [{ source: 'us-label' }] }],
});

describe('renderShow', () => {
  it('tags a regional block with its region once, not twice', () => {
    const m = withBody([
      { p: 'Six hours once drawn up.', region: 'EU' },
      { p: 'EU SmPC 4.4 names hydrocephalus.', region: 'EU' },
      { list: ['first'], title: 'US limitations of use', region: 'US' },
    ]);
    const out = renderShow(showView(m, m.sections), { width: 100 });
    expect(out).toContain('EU: Six hours once drawn up.');
    expect(out).toContain('\nEU SmPC 4.4 names hydrocephalus.');
    expect(out).toContain('\nUS limitations of use');
    expect(out).not.toMatch(/(EU|US): \1/);
  });
});
