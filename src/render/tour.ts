/** Pure: the tour's own words around each step, as text (marked for colour) or as a markdown handout. */
import { commandLine, type TourStep, type TourView } from '../tour/steps.js';
import { heading, paragraph } from './layout.js';
import { mdText } from './markdown.js';
import type { RenderOpts } from './renderers.js';
import { mark } from './theme.js';

export const renderIntro = (total: number, width: number): string =>
  `${paragraph(`monograph tour: ${total} steps through the bundled monographs. Each step says what it shows, prints the command, then runs it.`, width)}\n`;

export function renderStep(step: TourStep, index: number, total: number, width: number): string {
  const title = `Step ${index + 1} of ${total}: ${step.title} `;
  const rule = `── ${title}${'─'.repeat(Math.max(2, Math.min(width, 72) - title.length - 3))}`;
  return `\n${heading(rule)}\n${paragraph(step.explain, width)}\n\n${mark('subheading', `$ ${commandLine(step.argv)}`)}\n\n`;
}

export const renderOutro = (width: number): string =>
  `\n${paragraph("That's the tour. `monograph --help` lists every command; `monograph completion bash` (or zsh, fish) sets up tab completion: see docs/shell.md.", width)}\n`;

/** Running text with `code` spans kept as code. */
const mdInline = (s: string) => s.split('`').map((part, i) => (i % 2 === 1 ? `\`${part}\`` : mdText(part))).join('');

/** A fence longer than any run of backticks in `body`. */
const fence = (body: string) => '`'.repeat(Math.max(3, ...(body.match(/`+/g) ?? []).map((r) => r.length + 1)));

/** The tour as a handout: each step's explanation, its command and its real output. */
export function renderTourMarkdown(view: TourView, _opts?: RenderOpts): string {
  const out = ['# monograph tour', '', 'A walk through the bundled monographs: what each step shows, the command, and its real output.'];
  for (const s of view.steps) {
    const body = `$ ${s.command}\n${s.output}${s.errors}`.trimEnd();
    out.push('', `## Step ${s.step}: ${mdText(s.title)}`, '', mdInline(s.explain), '', `${fence(body)}console`, body, fence(body));
  }
  return `${out.join('\n')}\n`;
}

/** Plain text of the same view (what `--format text` would be, were the tour not run live). */
export const renderTourText = (view: TourView, { width }: RenderOpts): string =>
  view.steps.map((s) => `${renderStep(s, s.step - 1, view.steps.length, width)}${s.output}${s.errors}`).join('');
