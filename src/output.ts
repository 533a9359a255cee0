/** Writes a command's view: the text/markdown renderers and the JSON/YAML exporters all start from the same view. */
import type { Context } from './context.js';
import { jsonFieldsOf, selectJsonFields } from './json-fields.js';
import { foldLines } from './render/layout.js';
import { sanitize, sanitizeJson } from './render/sanitize.js';
import type { Renderers } from './render/renderers.js';
import { loadColor, paint } from './render/theme.js';


/** Every JSON document starts with this version; bump it when a field changes meaning or goes away. */
export const JSON_SCHEMA_VERSION = 1;

/**
 * Checks `--json=field,...` against the document `view` makes, before a command writes anything else (the .ics of
 * `dosing`): a field of another mode is exit 2 there, not after the file was written.
 */
export function checkJsonFields(ctx: Context, view: object): void {
  if (ctx.format === 'json' && ctx.jsonFields && ctx.jsonFields.length > 0) selectJsonFields({ schemaVersion: JSON_SCHEMA_VERSION, ...view }, ctx.jsonFields);
}

/** Renders `view` in the chosen format and writes it to stdout in one write. */
export async function emit<V extends object>(ctx: Context, view: V, renderers: Renderers<V>): Promise<void> {
  const whole = { schemaVersion: JSON_SCHEMA_VERSION, ...view };
  if (ctx.format === 'json' && ctx.jsonFields?.length === 0) return write(ctx, sanitize(`${jsonFieldsOf(whole).join('\n')}\n`), false);
  const doc = ctx.format === 'json' && ctx.jsonFields ? selectJsonFields(whole, ctx.jsonFields) : whole;
  if (ctx.format === 'json') return write(ctx, `${sanitizeJson(JSON.stringify(doc, null, 2))}\n`, false);
  if (ctx.format === 'yaml') {
    const { toYaml } = await import('./render/yaml.js');
    return write(ctx, toYaml(doc), false);
  }
  if (renderers.machine && ctx.format === 'text') return write(ctx, sanitize(renderers.text(view, { width: ctx.width })), false);
  if (ctx.color) await loadColor();
  const render = ctx.format === 'markdown' ? (renderers.markdown ?? renderers.text) : renderers.text;
  const rendered = render(view, { width: ctx.width });
  const text = ctx.format === 'text' ? foldLines(rendered, ctx.width) : rendered;
  const body = paint(sanitize(text, true), ctx.color);
  return write(ctx, body.endsWith('\n') ? body : `${body}\n`, ctx.format === 'text');
}

async function write(ctx: Context, text: string, pageable: boolean): Promise<void> {
  const { io } = ctx;
  const rows = io.stdout.rows ?? 0;
  if (pageable && ctx.pager && io.stdout.isTTY && io.page && rows > 0 && text.split('\n').length - 1 > rows) {
    const pager = io.env.MONOGRAPH_PAGER || io.env.PAGER || 'less -FRX';
    if (await io.page(pager, text)) return;
  }
  io.stdout.write(text);
}
