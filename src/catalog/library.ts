/** Where the user's library of imported labels lives: one more folder the catalog loads on every run. */
import { join } from 'node:path';

/**
 * The library folder: `$MONOGRAPH_HOME`, else `$XDG_DATA_HOME/monograph/labels`, else `~/.local/share/monograph/labels`;
 * none when no home folder is known. Relative values are ignored, as the XDG rules ask.
 */
export function libraryDir(env: Readonly<Record<string, string | undefined>>): string | undefined {
  const absolute = (v: string | undefined) => (v && v.startsWith('/') ? v : undefined);
  const home = absolute(env.MONOGRAPH_HOME);
  if (home) return home;
  const data = absolute(env.XDG_DATA_HOME) ?? (absolute(env.HOME) ? join(env.HOME!, '.local', 'share') : undefined);
  return data ? join(data, 'monograph', 'labels') : undefined;
}
