// CLI build: text clean-up for feed values: HTML stripped from descriptions (tags dropped, entities
// decoded, whitespace collapsed) and URL checks (product pages http(s); images may be site-relative).

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', hellip: '…', ndash: '–', mdash: '—', euro: '€', pound: '£', copy: '©', reg: '®', trade: '™' };

export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, e: string) => {
    if (e[0] === '#') {
      const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[e.toLowerCase()] ?? whole;
  });
}

export function stripHtml(html: string): string {
  const text = html
    .replace(/<(script|style)[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/<\s*(br|\/p|\/div|\/li|\/h[1-6])\s*\/?>/gi, '\n')
    // Inline tags vanish ("<b>soft</b>." stays "soft."); any other tag separates words.
    .replace(/<\/?(?:a|b|i|u|em|strong|span|small|sup|sub|font|mark|code|abbr)(?:\s[^>]*)?>/gi, '')
    .replace(/<[^>]*>/g, ' ');
  return decodeEntities(text)
    .replace(/[ \t\f\v\u00a0]+/g, ' ')
    .replace(/\s*\n\s*/g, '\n')
    .replace(/\n{2,}/g, '\n')
    .trim();
}

export type UrlCheck = { ok: true; url: string } | { ok: false; message: string };

export function checkUrl(value: string, allowRelative: boolean): UrlCheck {
  const v = value.trim();
  if (allowRelative && v.startsWith('/') && !v.startsWith('//')) return { ok: true, url: v };
  const withScheme = v.startsWith('//') ? `https:${v}` : v;
  let u: URL;
  try {
    u = new URL(withScheme);
  } catch {
    const fix = allowRelative ? 'write a full http(s) URL or a site path starting with /' : 'write a full URL starting with https://';
    return { ok: false, message: `"${v}" is not a valid URL; ${fix}` };
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') {
    return { ok: false, message: `"${v}" uses ${u.protocol.slice(0, -1)}:, only http and https links work in a shop page; write a URL starting with https://` };
  }
  return { ok: true, url: u.href };
}
