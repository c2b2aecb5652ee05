// UI helper: the only URLs the widget renders or follows are the catalog's http(s) or site-relative ones,
// so a `javascript:`/`data:` value in a feed (or in model output) can never run or leak anything.
//
// Site paths are the subtle case: browsers drop tabs and newlines from URLs and read `\` as `/`, so
// `/\evil.test/a.png` or `/<TAB>/evil.test` is `//evil.test/...`, another host. Any value holding a
// backslash or a control character is refused outright, and a value without a scheme must stay on the
// page's own origin unless it is written as an explicit `//host/...` (the CLI refuses the rest too; this
// also covers hand-edited indexes).

const UNSAFE = /[\\\u0000-\u001f\u007f-\u009f]/;
const HAS_SCHEME = /^[a-z][a-z0-9+.-]*:/i;
const PROTOCOL_RELATIVE = /^\/\/[^/]/;

export function safeUrl(value: string | undefined, allowMailto = false): string | undefined {
  if (typeof value !== 'string' || !value || value.length > 2048 || UNSAFE.test(value)) return undefined;
  try {
    const page = new URL(location.href);
    const url = new URL(value, page);
    // The page URL's origin, not location.origin: a sandboxed page's is "null", its site paths still work.
    if (!HAS_SCHEME.test(value) && !PROTOCOL_RELATIVE.test(value) && url.origin !== page.origin) return undefined;
    if (url.protocol === 'http:' || url.protocol === 'https:') return url.href;
    if (allowMailto && url.protocol === 'mailto:') return url.href;
  } catch {
    // Not a URL at all: render nothing rather than a broken link.
  }
  return undefined;
}
