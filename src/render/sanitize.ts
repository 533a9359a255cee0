/** The one sanitiser: everything printed that came from data or from the user passes through here. */

// C0 controls except tab and newline, DEL, C1 controls, bidi and zero-width controls, line/paragraph separators,
// and private-use characters (the theme's style markers live there, so data can never forge one).
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff\ue000-\ue0ff]/gu;
const UNSAFE_BUT_MARKS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff\ue009-\ue0ff]/gu;

const visible = (ch: string) => `\\u{${(ch.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}}`;

/**
 * Makes control characters, escape sequences and bidi controls visible (ESC becomes `\u{001B}`); tabs become spaces.
 * `keepMarks` lets the theme's own style markers through: only the final writer uses it, on text already sanitised.
 */
export function sanitize(text: string, keepMarks = false): string {
  return text
    .replace(/\t/g, '  ')
    .replace(/\r\n?/g, '\n')
    .replace(keepMarks ? UNSAFE_BUT_MARKS : UNSAFE, visible);
}

/** For JSON text: the same characters become \uXXXX escapes, so the parsed value is unchanged and the terminal is safe. */
export function sanitizeJson(json: string): string {
  return json.replace(UNSAFE, (ch) => `\\u${(ch.codePointAt(0) ?? 0).toString(16).padStart(4, '0')}`);
}

/** For a one-line message (an error, a warning): as `sanitize`, and line breaks made visible, so no echoed input can forge a line. */
export const sanitizeLine = (text: string): string => sanitize(text.replace(/[\r\n]/g, visible));
