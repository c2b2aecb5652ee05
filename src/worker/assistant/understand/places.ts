// Assistant, understanding: places a shopper or a help centre names, and which regions they lie in, so
// "do you ship to France?" is answered yes by "we ship to the European Union" and "to the UK?" no by
// "to the United States, Canada and the European Union only". World knowledge, not any shop's.

const EU = 'austria belgium bulgaria croatia cyprus czechia denmark estonia finland france germany greece hungary ireland italy latvia lithuania luxembourg malta netherlands poland portugal romania slovakia slovenia spain sweden';
const EUROPE_NON_EU = 'united kingdom switzerland norway iceland liechtenstein ukraine serbia albania bosnia montenegro north macedonia moldova turkey';

/** Alias → canonical place. */
const ALIASES: Record<string, string> = {
  uk: 'united kingdom', 'u k': 'united kingdom', britain: 'united kingdom', 'great britain': 'united kingdom', england: 'united kingdom', scotland: 'united kingdom', wales: 'united kingdom', 'northern ireland': 'united kingdom',
  us: 'united states', usa: 'united states', 'u s': 'united states', 'u s a': 'united states', america: 'united states', 'the states': 'united states', 'united states of america': 'united states',
  eu: 'european union', 'the eu': 'european union', holland: 'netherlands', 'czech republic': 'czechia',
  nz: 'new zealand', uae: 'united arab emirates', 'hong kong': 'hong kong',
};

const OTHERS = 'united states canada mexico brazil argentina chile colombia peru australia new zealand japan china south korea korea india singapore hong kong taiwan thailand vietnam indonesia philippines malaysia israel united arab emirates saudi arabia south africa nigeria egypt kenya morocco russia';

/** Place → regions containing it. */
const REGIONS = new Map<string, string[]>();
for (const c of EU.split(' ')) REGIONS.set(c, ['european union', 'europe']);
for (const c of EUROPE_NON_EU.match(/united kingdom|north macedonia|[a-z]+/g) ?? []) REGIONS.set(c, ['europe']);
for (const c of OTHERS.match(/united states|new zealand|south korea|hong kong|united arab emirates|saudi arabia|south africa|[a-z]+/g) ?? []) REGIONS.set(c, []);
for (const c of ['united states', 'canada', 'mexico']) REGIONS.set(c, ['north america']);
for (const r of ['european union', 'europe', 'north america', 'south america', 'asia', 'africa', 'oceania']) if (!REGIONS.has(r)) REGIONS.set(r, []);

const NAMES = [...new Set([...REGIONS.keys(), ...Object.keys(ALIASES)])].sort((a, b) => b.length - a.length);
const PATTERN = new RegExp(String.raw`\b(${NAMES.map((n) => n.replace(/ /g, '\\s+')).join('|')})\b`, 'g');

/** Canonical places named in normalised text (lower case, no punctuation). */
export function placesIn(norm: string): string[] {
  const out = new Set<string>();
  for (const m of norm.matchAll(PATTERN)) {
    const name = (m[1] as string).replace(/\s+/g, ' ');
    // "us" is a pronoun far more often than a country: only "the us", "to us" is ambiguous, so require "the".
    if (name === 'us' && !/\bthe\s+us\b/.test(norm)) continue;
    out.add(ALIASES[name] ?? name);
  }
  return [...out];
}

/** True when `place` is `area` or lies in it ("france" in "european union"). */
export function within(place: string, area: string): boolean {
  return place === area || (REGIONS.get(place) ?? []).includes(area) || (area === 'europe' && (REGIONS.get(place) ?? []).includes('european union'));
}

/** Canonical place names as single tokens, for boosting sentences that name any place. */
export function placeTerms(norm: string): Set<string> {
  return new Set(placesIn(norm).flatMap((p) => p.split(' ')));
}
