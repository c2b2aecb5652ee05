// UI helper: the only URLs the widget renders or follows are the catalog's http(s) or site-relative ones,
// so a `javascript:`/`data:` value in a feed (or in model output) can never run or leak anything.

export function safeUrl(value: string | undefined, allowMailto = false): string | undefined {
  if (!value) return undefined;
  try {
    const url = new URL(value, location.href);
    if (url.protocol === 'http:' || url.protocol === 'https:') return url.href;
    if (allowMailto && url.protocol === 'mailto:') return url.href;
  } catch {
    // Not a URL at all: render nothing rather than a broken link.
  }
  return undefined;
}
