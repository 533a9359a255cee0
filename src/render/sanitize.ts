/** The one sanitiser: everything printed that came from data or from the user passes through here. */

/**
 * Characters that are invisible or change how a terminal shows the text around them: every control (Cc: C0 except
 * tab and newline, DEL, C1) and format character (Cf: bidi controls, zero-width characters, the soft hyphen,
 * U+180E, interlinear annotation U+FFF9–FFFB, musical formatting U+1D173–1D17A, tag characters U+E0000–E007F that
 * can hide text), lone surrogates, line and paragraph separators, the blank fillers U+034F, U+115F, U+1160, U+3164,
 * U+FFA0, and the private-use block U+E000–E0FF (the theme's style markers live there, so data can never forge one).
 */
const UNSAFE = /(?![\n\t])[\p{Cc}\p{Cf}\p{Cs}\u034f\u115f\u1160\u2028\u2029\u3164\uffa0\ue000-\ue0ff]/gu;
const UNSAFE_BUT_MARKS = /(?![\n\t\ue000-\ue008])[\p{Cc}\p{Cf}\p{Cs}\u034f\u115f\u1160\u2028\u2029\u3164\uffa0\ue000-\ue0ff]/gu;

const UNSAFE_ANY = new RegExp(UNSAFE.source, 'u');

/** Whether `text` holds any character the sanitiser makes visible. */
export const hasUnsafe = (text: string): boolean => UNSAFE_ANY.test(text);

/** Replaces each character the sanitiser makes visible with `escape(codePoint)`: for writers with escapes of their own. */
export const escapeUnsafe = (text: string, escape: (codePoint: number) => string): string => text.replace(UNSAFE, (ch) => escape(ch.codePointAt(0)!));

const visible = (ch: string) => `\\u{${(ch.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}}`;

/**
 * Makes control characters, escape sequences, bidi controls and invisible characters visible (ESC becomes
 * `\u{001B}`); tabs become spaces. `keepMarks` lets the theme's own style markers through: only the final writer
 * uses it, on text already sanitised.
 */
export function sanitize(text: string, keepMarks = false): string {
  return text
    .replace(/\t/g, '  ')
    .replace(/\r\n?/g, '\n')
    .replace(keepMarks ? UNSAFE_BUT_MARKS : UNSAFE, visible);
}

/** For a one-line message (an error, a warning, a file name in a list): line breaks made visible too, so no echoed input can forge a line. */
export const sanitizeLine = (text: string): string => sanitize(text.replace(/[\r\n]/g, visible));

/** For JSON text: the same characters become \uXXXX escapes (a pair for those above U+FFFF), so the parsed value is unchanged and the terminal is safe. */
export function sanitizeJson(json: string): string {
  return json.replace(UNSAFE, (ch) => [...Array(ch.length).keys()].map((i) => `\\u${ch.charCodeAt(i).toString(16).padStart(4, '0')}`).join(''));
}
