/** The ids the importer makes: slugs of label words, and a numbered variant when one is taken. */

/** Lower case ASCII letters and digits joined by single dashes, accents dropped: "Nusinersen Sodium" is "nusinersen-sodium". */
export const slug = (s: string): string =>
  s.toLowerCase().normalize('NFKD').replace(/\p{M}/gu, '').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');

/** `base`, else the first of `base-2`, `base-3`, … that `taken` does not hold. */
export function freeId(base: string, taken: (id: string) => boolean): string {
  let id = base;
  for (let n = 2; taken(id); n++) id = `${base}-${n}`;
  return id;
}
