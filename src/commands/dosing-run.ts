/** The work behind `monograph dosing`, loaded only when the command runs. */
import type { Command } from 'commander';
import { findDrug } from '../catalog/lookup.js';
import type { Deps } from '../context.js';
import { scheduleIcs } from '../render/dosing-ics.js';
import { dosingView } from '../dosing/dosing-view.js';
import { parseDosingOpts, type DosingOpts } from '../dosing/request.js';
import { cut, UsageError } from '../errors.js';
import { writeFileAtomic } from '../files/write-atomic.js';
import { checkJsonFields, emit } from '../output.js';
import { renderDosing, renderDosingBrief, renderDosingMarkdown } from '../render/dosing.js';
import { dosingAnswer } from '../dosing/answer.js';
import { sanitizeLine } from '../render/sanitize.js';
import { contextOf } from './shared.js';

/** Prints the regimen or a calculation from it; writes the .ics file when asked. */
export async function runDosing(deps: Deps, drug: string, opts: DosingOpts, cmd: Command): Promise<void> {
  const ctx = contextOf(deps, cmd);
  const req = parseDosingOpts(opts, ctx.io.today());
  const computed = dosingView(findDrug((await ctx.catalog()).monographs, drug), req);
  const view = { ...computed, answer: dosingAnswer(computed) };
  if (opts.brief && !view.answer) throw new UsageError('--brief needs a calculation: --start, --last-dose or --weight', ['without one, dosing prints the regimen']);
  checkJsonFields(ctx, view);
  if (req.ics && (view.mode === 'schedule' || view.mode === 'missed-dose')) {
    // An empty calendar would read as "nothing due": refuse instead (the plan says why there are no dates).
    if (view.doses.length === 0) throw new UsageError(`--ics ${cut(req.ics.file)}: the plan has no dates to write; no file written`, ['run without --ics to see the plan and why it has no dates']);
    writeFileAtomic(req.ics.file, scheduleIcs(view, req.today), { replace: req.ics.force, what: `--ics ${cut(req.ics.file)}`, replaceFlag: '--force' });
    ctx.io.stderr.write(`${sanitizeLine(`monograph: wrote ${view.doses.length} events to ${cut(req.ics.file)}`)}\n`);
  }
  await emit(ctx, view, opts.brief ? { text: renderDosingBrief } : { text: renderDosing, markdown: renderDosingMarkdown });
}
