/** Long text on a terminal goes through a pager: $MONOGRAPH_PAGER, else $PAGER, else `less -FRX`; never JSON or pipes. */
import { describe, expect, it, vi } from 'vitest';
import { runCli, type RunOptions } from '../helpers/cli.js';

/** A terminal 24 rows high (so a whole monograph is taller than the screen) with a pager that always starts. */
function terminal(env: Record<string, string> = {}, rows = 24) {
  const page = vi.fn(async (_command: string, _text: string) => true);
  const opts: RunOptions = { isTTY: true, rows, columns: 100, env: { NO_COLOR: '1', ...env }, page };
  return { page, opts };
}

describe('the pager', () => {
  it('pages long text on a terminal with `less -FRX` by default, and writes nothing itself', async () => {
    const { page, opts } = terminal();
    const r = await runCli(['show', 'spinraza'], opts);
    expect(page).toHaveBeenCalledOnce();
    const [command, text] = page.mock.calls[0]!;
    expect(command).toBe('less -FRX');
    expect(text).toMatch(/^Spinraza \(nusinersen\)\n/);
    expect(text.split('\n').length).toBeGreaterThan(24);
    expect(r.stdout).toBe('');
    expect(r.code).toBe(0);
  });

  it.each([
    [{ MONOGRAPH_PAGER: 'most', PAGER: 'more' }, 'most'],
    [{ PAGER: 'more' }, 'more'],
    [{ MONOGRAPH_PAGER: '', PAGER: 'more' }, 'more'],
    [{ PAGER: '' }, 'less -FRX'],
  ])('with %j it runs %j', async (env, expected) => {
    const { page, opts } = terminal(env);
    await runCli(['show', 'spinraza'], opts);
    expect(page.mock.calls[0]?.[0]).toBe(expected);
  });

  it.each([
    ['--no-pager', ['show', 'spinraza', '--no-pager']],
    ['JSON', ['show', 'spinraza', '--json']],
    ['YAML', ['show', 'spinraza', '--format', 'yaml']],
    ['markdown', ['show', 'spinraza', '--format', 'markdown']],
    ['text shorter than the screen', ['search', 'thrombocytopenia']],
  ])('leaves %s alone: written straight to stdout', async (_why, argv) => {
    const { page, opts } = terminal();
    const r = await runCli(argv, opts);
    expect(page).not.toHaveBeenCalled();
    expect(r.stdout.length).toBeGreaterThan(0);
  });

  it('never pages when stdout is not a terminal', async () => {
    const { page, opts } = terminal();
    const r = await runCli(['show', 'spinraza'], { ...opts, isTTY: false });
    expect(page).not.toHaveBeenCalled();
    expect(r.stdout).toMatch(/^Spinraza \(nusinersen\)\n/);
  });

  it('pages only output taller than the screen', async () => {
    const { page, opts } = terminal({}, 500);
    await runCli(['show', 'spinraza', 'storage'], opts);
    expect(page).not.toHaveBeenCalled();
  });

  it('falls back to stdout when the pager cannot start', async () => {
    const { opts } = terminal({ PAGER: 'no-such-pager' });
    const r = await runCli(['show', 'spinraza'], { ...opts, page: async () => false });
    expect(r.stdout).toMatch(/^Spinraza \(nusinersen\)\n/);
  });
});
