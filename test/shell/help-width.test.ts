/** Help at any width: no line wider than --width, and long examples broken where the shell joins them back. */
import { describe, expect, it } from 'vitest';
import { breakCommand } from '../../src/help.js';
import { runCli } from '../helpers/cli.js';
import { COMMANDS } from '../helpers/commands.js';

/** What the shell reads: a backslash-newline is removed, then words are split on spaces. */
const asShellReads = (lines: string[]) => lines.join('\n').replace(/\\\n/g, '').trim().split(/ +/).join(' ');

describe('help wraps to --width', () => {
  for (const width of [20, 30, 40, 60, 80]) {
    it.each(['', ...COMMANDS])(`monograph %s --help --width ${width}: every line fits`, async (command) => {
      const r = await runCli([...(command ? [command] : []), '--help', '--width', String(width)]);
      expect(r.code).toBe(0);
      const wide = r.stdout.split('\n').filter((l) => l.length > width);
      expect(wide).toEqual([]);
    });
  }

  it('breaks a long example at argument boundaries with a trailing \\, keeping an option with its value', () => {
    expect(breakCommand('monograph storage evrysdi --state constituted --since 2026-04-01 --today 2026-06-01', 40)).toEqual([
      '  $ monograph storage evrysdi \\',
      '      --state constituted \\',
      '      --since 2026-04-01 \\',
      '      --today 2026-06-01',
    ]);
  });

  it.each([
    ['monograph completion bash > ~/.local/share/bash-completion/completions/monograph', 40],
    ['monograph storage spinraza --excursion 22C:10h:out-of-carton --excursion 28C:3d', 30],
    ['monograph compare spinraza evrysdi --fields population,frequency,efficacy', 20],
  ])('%s at %i: the shell reads the same command back', (command, width) => {
    const lines = breakCommand(command, width);
    expect(lines.every((l) => l.length <= width)).toBe(true);
    expect(asShellReads(lines)).toBe(`$ ${command}`);
  });
});
