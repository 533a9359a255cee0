/** Small text helpers shared across layers. */

/** Orders strings by code unit: stable across machines and locales, and free of ICU's slow first-use start-up. */
export const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
