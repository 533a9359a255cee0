/** The regions whose labels monographs cite, defined once: the schema, `--region`, completion and help all read it. */
export const REGION_CODES = ['US', 'EU', 'UK'] as const;

export type RegionCode = (typeof REGION_CODES)[number];

/** What `--region` accepts (any case): us, eu, uk. */
export const REGION_CHOICES: readonly string[] = REGION_CODES.map((r) => r.toLowerCase());

/** The region code for a `--region` value commander has already checked against the choices. */
export const regionCode = (value: string): RegionCode => value.toUpperCase() as RegionCode;
