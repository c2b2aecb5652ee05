// CLI: text that is safe to print to the merchant's terminal. Feed values reach our messages (titles,
// ids, URLs, file names), and a terminal obeys what it prints: an ESC sequence in a feed once cleared the
// screen and printed a fake "build succeeded". Every control character (newlines too: a message is one
// line, and a value must not start a line of its own), DEL, the C1 controls and the bidirectional
// overrides that reorder what is shown are written as visible escapes instead.

const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

function escape(c: string): string {
  const named = NAMED[c];
  if (named) return named;
  const code = c.charCodeAt(0);
  return code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
}

/** One line of text, with every character a terminal would act on shown as an escape (`\x1b`, `\u202e`). */
export function terminalText(text: string): string {
  return String(text).replace(UNSAFE, escape);
}

/** JSON for stdout: JSON.stringify already escapes C0; DEL, C1 and bidi controls are escaped too (still valid JSON). */
export function terminalJson(value: unknown): string {
  return JSON.stringify(value).replace(UNSAFE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
