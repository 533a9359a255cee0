/** The work of `monograph import`: read every input, plan each label, write it, and collect one row per label. */
import { namesOf } from '../catalog/lookup.js';
import { normalizeName } from '../text.js';
import { checkReferences } from '../catalog/parse.js';
import { Monograph } from '../catalog/schema.js';
import type { Catalog } from '../catalog/catalog.js';
import { readInput } from './inputs.js';
import { readLabel } from './label.js';
import { markerLine, prepareFolder, scanFolder, writeAtomic } from './out-folder.js';
import { planLabel, type Action, type Taken } from './plan.js';
import { labelToMonograph } from './to-monograph.js';
import { toBlockYaml } from './block-yaml.js';

/** One imported label, as the summary table and `--json` show it. */
export interface ImportedRow {
  id: string;
  brand: string;
  generic: string;
  setId: string;
  version: string;
  effectiveDate: string | null;
  file: string;
  action: Action;
  sections: number;
  storageRules: number;
  warnings: string[];
}

export interface ImportView {
  folder: string;
  imported: ImportedRow[];
  skipped: { input: string; reason: string }[];
}

/** Imports every label of `inputs` into `folder`; `catalog` supplies the names already taken. */
export async function importLabels(inputs: readonly string[], folder: string, catalog: Catalog, today: string): Promise<ImportView> {
  prepareFolder(folder);
  const scan = scanFolder(folder);
  const taken: Taken = { own: scan.own, ids: scan.ids, names: new Map() };
  for (const m of catalog.monographs) {
    for (const n of namesOf(m)) taken.names.set(normalizeName(n), m.imported?.setId);
  }
  const view: ImportView = { folder, imported: [], skipped: [] };
  for (const input of inputs) {
    for await (const { input: where, result } of readInput(input)) {
      if (!result.ok) {
        view.skipped.push({ input: where, reason: result.reason });
        continue;
      }
      const checked = readLabel(result.record);
      if (!checked.ok) {
        view.skipped.push({ input: where, reason: checked.reason });
        continue;
      }
      const label = checked.label;
      const plan = planLabel(label, taken);
      const converted = labelToMonograph(label, { id: plan.id, importedOn: today, nameClashes: plan.clashes });
      const warnings = [...converted.warnings];
      if (result.droppedKeys.length > 0) warnings.unshift(`ignored key${result.droppedKeys.length > 1 ? 's' : ''} ${result.droppedKeys.map((k) => `"${k}"`).join(', ')}`);
      for (const c of plan.clashes) warnings.unshift(`"${c}" already names another monograph, which keeps it: imported as ${plan.id}`);
      const file = `${folder}/${plan.id}.yaml`;
      if (plan.action === 'unchanged' || plan.action === 'kept-newer') {
        warnings.unshift(plan.action === 'unchanged' ? `version ${label.version} is already imported; file left as it was` : `version ${plan.previous} is already imported, newer than this version ${label.version}; kept`);
      } else {
        const parsed = Monograph.safeParse(converted.monograph);
        const problems = parsed.success ? checkReferences(parsed.data) : parsed.error.issues;
        if (problems.length > 0) {
          view.skipped.push({ input: where, reason: `set id ${label.setId}: could not be made into a valid monograph (${problems[0]!.message})` });
          continue;
        }
        const text = `${markerLine(label.setId, label.version)}\n${toBlockYaml(converted.monograph)}`;
        try {
          writeAtomic(folder, `${plan.id}.yaml`, text, plan.action === 'replaced');
        } catch (e) {
          view.skipped.push({ input: where, reason: `set id ${label.setId}: not written: ${(e as Error).message}` });
          continue;
        }
        if (plan.action === 'replaced') warnings.unshift(`replaced version ${plan.previous} with version ${label.version}`);
      }
      taken.ids.add(plan.id);
      taken.own.set(fresh(label.setId), { id: plan.id, file, setId: label.setId, version: Math.max(Number(label.version), plan.previous ?? 0) });
      for (const n of [plan.id, label.brand, label.generic]) if (!taken.names.has(normalizeName(n))) taken.names.set(fresh(normalizeName(n)), fresh(label.setId));
      view.imported.push(fresh({
        id: plan.id,
        brand: label.brand,
        generic: label.generic,
        setId: label.setId,
        version: label.version,
        effectiveDate: label.effective ?? null,
        file,
        action: plan.action,
        sections: converted.sections,
        storageRules: converted.storageRules,
        warnings,
      }));
    }
  }
  return view;
}

/** A copy sharing no memory with the input: a short string sliced from a 64 KB chunk of a bulk file keeps the whole chunk alive. */
const fresh = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;
