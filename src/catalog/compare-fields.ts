/** The comparison rows (no zod here: `monograph compare` needs them at start-up, the schema needs them too). */

/** The comparison rows, in the order the reference page asks them (its five points first). */
export const COMPARE_FIELDS = [
  ['population', 'Approved population'],
  ['frequency', 'How often it is given'],
  ['treatmentType', 'Type of treatment'],
  ['mechanism', 'How it works'],
  ['efficacy', 'How well it works'],
  ['route', 'Route'],
  ['setting', 'Care setting'],
  ['fdaApproval', 'FDA approval'],
  ['manufacturer', 'Manufacturer'],
  ['storage', 'Storage'],
  ['monitoring', 'Monitoring'],
  ['warnings', 'Key warnings'],
] as const;

export type CompareField = (typeof COMPARE_FIELDS)[number][0];
