/** The tour, as data: what each step shows (one or two lines) and the exact command it runs on the bundled monographs. */

export interface TourStep {
  title: string;
  explain: string;
  /** The command line after `monograph`, run for real. */
  argv: string[];
}

export const TOUR_STEPS: readonly TourStep[] = [
  {
    title: 'The monographs',
    explain: 'Every drug in the reference, one row each. The id, brand, generic name or an alias all work wherever a command asks for a drug.',
    argv: ['list'],
  },
  {
    title: 'One section of a monograph',
    explain: '`show` prints a whole monograph, or only the sections you name (`sections <drug>` lists them; boxed, dose or dosage work too). Every fact names its source.',
    argv: ['show', 'zolgensma', 'boxed-warning'],
  },
  {
    title: 'Search every monograph',
    explain: 'Every word must appear in the same section. Each hit names the drug, the section, and the command that shows it in full.',
    argv: ['search', 'thrombocytopenia'],
  },
  {
    title: 'Storage and handling rules',
    explain: 'How the drug is kept: where, at what temperature, for how long, and what the label allows out of the refrigerator.',
    argv: ['storage', 'spinraza'],
  },
  {
    title: 'Check a temperature excursion',
    explain: 'A vial spent 3 days at 28 °C: is it still within the labeled allowance? The answer quotes the rule it used; exit code 1 means outside it or not confirmable.',
    argv: ['storage', 'spinraza', '--excursion', '28C:3d'],
  },
  {
    title: 'Compare treatments',
    explain: 'The three SMA treatments side by side: who they are for, how often and how they are given, how they work, and how they are stored.',
    argv: ['compare', 'spinraza', 'zolgensma', 'evrysdi'],
  },
  {
    title: 'A dosing schedule',
    explain: 'Calendar dates for the loading and maintenance doses from a start date, counted the way the label counts them.',
    argv: ['dosing', 'spinraza', '--start', '2026-01-05'],
  },
  {
    title: 'JSON for scripts',
    explain: 'Add --json to any command for the same answer as data, with nothing else on stdout: `monograph list --json | jq -r ".monographs[].id"` prints the ids.',
    argv: ['list', '--json'],
  },
];

/** One step as run: the JSON, YAML and markdown forms of `monograph tour` are made from these. */
export interface TourView {
  steps: { step: number; title: string; explain: string; command: string; argv: string[]; exitCode: number; output: string; errors: string }[];
}

/** The command as a user would type it; arguments that the shell would split or expand are quoted. */
export const commandLine = (argv: readonly string[]): string =>
  ['monograph', ...argv.map((a) => (/^[\w@%+=:,./-]+$/.test(a) ? a : `'${a.replace(/'/g, `'\\''`)}'`))].join(' ');
