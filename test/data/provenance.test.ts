/**
 * Issue 12 §4: every source any command prints is something a user can look up, a label (set id, version, date) or a
 * public address; the project's internal fact sheet is never printed as a source.
 */
import { describe, expect, it } from 'vitest';
import { bundledMonographs, runCli } from '../helpers/cli.js';

const monographs = bundledMonographs().map((e) => e.monograph);
const ids = monographs.map((m) => m.id);
const internal = /fact[ -]sheet|clinical-facts/i;

/** Every reading command over every bundled monograph, as text and as JSON. */
function readingCommands(): string[][] {
  const runs: string[][] = [['list'], ['list', '--json'], ['compare', ...ids], ['compare', ...ids, '--json'], ['search', 'liver'], ['search', 'storage', '--json']];
  for (const m of monographs) {
    runs.push(['show', m.id], ['show', m.id, '--json'], ['show', m.id, '--format', 'markdown'], ['sections', m.id], ['sections', m.id, '--json']);
    runs.push(['storage', m.id], ['storage', m.id, '--json']);
    for (const state of m.storage?.states ?? []) runs.push(['storage', m.id, '--state', state.id, '--excursion', '22C:2h'], ['storage', m.id, '--state', state.id, '--excursion', '22C:2h', '--json']);
    runs.push(['dosing', m.id], ['dosing', m.id, '--json']);
  }
  runs.push(
    ['dosing', 'spinraza', '--start', '2026-12-01', '--count', '6'],
    ['dosing', 'spinraza', '--last-dose', '2026-03-02', '--today', '2026-11-25'],
    ['dosing', 'spinraza', '--last-dose', '2026-03-02', '--today', '2026-11-25', '--json'],
    ['dosing', 'evrysdi', '--weight', '7.5kg', '--age', '5mo'],
    ['dosing', 'evrysdi', '--weight', '7.5kg', '--age', '5mo', '--json'],
    ['dosing', 'zolgensma', '--weight', '7kg'],
    ['dosing', 'zolgensma', '--weight', '7kg', '--json'],
  );
  return runs;
}

describe('provenance everywhere (issue 12 §4)', () => {
  it.each(readingCommands().map((argv) => [argv.join(' '), argv] as const))('monograph %s names no internal fact sheet', async (_, argv) => {
    const r = await runCli(argv);
    expect(r.code, r.stderr).toBeLessThanOrEqual(1);
    expect(r.stdout.length).toBeGreaterThan(0);
    expect(r.stdout).not.toMatch(internal);
    expect(r.stderr).not.toMatch(internal);
  });

  it.each(monographs.map((m) => [m.id, m] as const))('%s: every source it declares is a dated label record or a public address', (_, m) => {
    for (const s of m.sources) {
      const label = s.kind === 'label' && Boolean(s.setId && s.version && s.effective);
      expect(label || /^https?:\/\/\S+$/.test(s.url ?? ''), `${m.id}: source ${s.id} (${s.kind}) can be looked up`).toBe(true);
    }
  });
});
