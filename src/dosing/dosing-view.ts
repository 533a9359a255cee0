/** From a checked request to the one view every output format starts from. */
import type { Monograph } from '../catalog/schema.js';
import type { DosingRequest } from './request.js';
import { missedDoseView, scheduleView } from './view-dated.js';
import { regimenView } from './view-regimen.js';
import { weightView } from './view-weight.js';
import { regimenFor, type DosingView } from './view.js';

/** The view for a drug and a request: the regimen, a dated schedule, a missed-dose plan or a dose by weight. */
export function dosingView(m: Monograph, req: DosingRequest): DosingView {
  const regimen = regimenFor(m, req.region);
  if (req.mode === 'schedule') return scheduleView(m, regimen, req.start, req.limit);
  if (req.mode === 'missed-dose') {
    const input = { lastDose: req.lastDose, today: req.today, ...(req.loadingDose !== undefined ? { loadingDose: req.loadingDose } : {}), ...(req.original ? { original: req.original } : {}) };
    return missedDoseView(m, regimen, input, req.limit);
  }
  if (req.mode === 'weight') return weightView(m, regimen, req.weight, req.age);
  return regimenView(m, regimen);
}
