/**
 * Which runs the start-up cache may keep: commands whose answer depends only on their arguments, the environment,
 * today's date and the monograph folders (all part of the cache key). Options are allowed by name, so an option added
 * later (one that reads or writes a file, say) is not cached until it is listed here.
 */
const GLOBAL = ['json', 'format', 'color', 'width', 'data', 'pager', 'debug', 'cache'];

const ALLOWED: Record<string, readonly string[]> = {
  list: ['source'],
  show: [],
  sections: [],
  search: ['limit'],
  compare: ['fields'],
  storage: ['region', 'state', 'excursion', 'unit', 'maxGap', 'outOfCarton', 'since', 'today', 'on'],
  dosing: ['region', 'start', 'count', 'until', 'lastDose', 'scheduled', 'loadingDose', 'today', 'on', 'weight', 'age'],
  completion: [],
  __complete: [],
};

/** Whether a run of `command` with these options (its own and the global ones, as commander gives them) may be cached. */
export function isCacheable(command: string, opts: Record<string, unknown>): boolean {
  const allowed = ALLOWED[command];
  if (!allowed) return false;
  return Object.keys(opts).every((k) => opts[k] === undefined || allowed.includes(k) || GLOBAL.includes(k));
}
