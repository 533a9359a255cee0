/** What completion needs from each monograph: its names, sections and storage states. */
import type { Monograph } from '../catalog/schema.js';
import type { DrugInfo } from './candidates.js';

/** Storage state ids, read defensively: `storage.states` belongs to the storage feature and may be a list or a map. */
function storageStates(storage: object | undefined): DrugInfo['states'] {
  const states = (storage as { states?: unknown } | undefined)?.states;
  if (Array.isArray(states)) {
    return states.flatMap((s: { id?: unknown; name?: unknown }) => {
      const label = typeof s?.name === 'string' ? s.name : undefined;
      return typeof s?.id === 'string' ? [{ id: s.id, ...(label ? { label } : {}) }] : [];
    });
  }
  return states && typeof states === 'object' ? Object.keys(states).map((id) => ({ id })) : [];
}

export const drugInfo = (m: Monograph): DrugInfo => ({
  id: m.id,
  brand: m.brand,
  generic: m.generic,
  aliases: m.aliases,
  sections: m.sections.map((s) => ({ id: s.id, title: s.title, aliases: s.aliases })),
  states: storageStates(m.storage),
});
