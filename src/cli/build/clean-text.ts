// CLI build: text clean-up for feed values: HTML stripped from descriptions (tags dropped, entities
// decoded, whitespace collapsed) and URL checks (product pages http(s); images may be site-relative).
import { TEXT_LIMITS } from '../../shared/text-limits.ts';

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

/** Browsers drop tabs and newlines from URLs and read "\\" as "/": either can turn a path into another host. */
const AMBIGUOUS = /[\\\u0000-\u001f\u007f-\u009f]/;
/** A placeholder origin to resolve site paths against: a path must stay on it. */
const SITE = 'https://site.invalid';

export function checkUrl(value: string, allowRelative: boolean): UrlCheck {
  const v = value.trim();
  if (v.length > TEXT_LIMITS.url) return { ok: false, message: `a URL of ${v.length.toLocaleString('en')} characters (at most ${TEXT_LIMITS.url} are kept); shorten it` };
  if (AMBIGUOUS.test(v)) {
    return { ok: false, message: `"${v}" holds a backslash or a control character (tab, newline), which browsers read as "/" or drop, so it could point at another host; write the URL with "/" only` };
  }
  if (allowRelative && v.startsWith('/') && !v.startsWith('//')) {
    // Kept as written, once it is certain the browser reads it as a path on the shop's own site.
    let origin = '';
    try {
      origin = new URL(v, SITE).origin;
    } catch {
      // Falls through to the message below.
    }
    if (origin === SITE) return { ok: true, url: v };
    return { ok: false, message: `"${v}" is not a path on the shop's site; write a full http(s) URL or a site path starting with /` };
  }
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
