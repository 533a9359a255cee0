/** `--today` and its hidden alias `--on`: one date under two names. */
import { UsageError } from './errors.js';

/** The date given as `--today` or as `--on`; both at once must agree. */
export function todayGiven(o: { today?: string | undefined; on?: string | undefined }): string | undefined {
  if (o.today !== undefined && o.on !== undefined && o.today !== o.on) {
    throw new UsageError(`--on is another name for --today: give one date, not both ${o.today} and ${o.on}`);
  }
  return o.today ?? o.on;
}
