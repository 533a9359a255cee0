/** The bundled monographs' dosing data for domain tests (the same files the CLI reads). */
import type { Monograph } from '../../src/catalog/schema.js';
import type { Regimen } from '../../src/catalog/schema-dosing.js';
import { bundledMonographs } from '../helpers/cli.js';

/** A bundled monograph by id. */
export function monograph(id: string): Monograph {
  const m = bundledMonographs().find((e) => e.monograph.id === id)?.monograph;
  if (!m) throw new Error(`no bundled monograph ${id}`);
  return m;
}

/** A bundled monograph's regimen for a region. */
export function regimen(id: string, region: 'US' | 'EU' = 'US'): Regimen {
  const r = monograph(id).dosing?.regimens.find((x) => x.region === region);
  if (!r) throw new Error(`${id} has no ${region} regimen`);
  return r;
}
