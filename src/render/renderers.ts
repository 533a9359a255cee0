/** What every renderer is handed, and the set of renderers a command gives `emit` for its view. */

/** Render settings handed to renderers (pure: no streams). */
export interface RenderOpts {
  width: number;
}

export interface Renderers<V> {
  text: (view: V, opts: RenderOpts) => string;
  markdown?: (view: V, opts: RenderOpts) => string;
  /** Machine-readable text (a completion script): never folded to the width, coloured or paged. */
  machine?: boolean;
}
