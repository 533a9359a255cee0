/** What the completion commands print: the `__complete` answer lines, and a script as Markdown. */
import type { Completion } from '../completion/candidates.js';
import type { CompletionView } from '../completion/scripts.js';
import { sanitize } from './sanitize.js';

/** The `__complete` protocol: `value<TAB>description` per line, or `:files` / `:dirs`. */
export function candidateLines(completion: Completion): string {
  if ('paths' in completion) return `:${completion.paths}\n`;
  const clean = (s: string) => sanitize(s).replace(/\s+/g, ' ').trim();
  return completion.values.map((c) => `${clean(c.value)}${c.description ? `\t${clean(c.description)}` : ''}\n`).join('');
}

/** A completion script as a Markdown code block. */
export const renderCompletionMarkdown = (v: CompletionView) => `# monograph completion for ${v.shell}\n\n\`\`\`${v.shell}\n${v.script}\`\`\`\n`;
