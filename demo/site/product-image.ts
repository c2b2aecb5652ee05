// Demo site: the placeholder product pictures (img/<id>.svg), a simple silhouette per category tinted
// by the product's colour on a soft backdrop. No external images: the shop is self-contained.
import type { Silhouette } from '../catalog/catalog-categories.ts';

const COLOURS: Record<string, string> = {
  black: '#2b2b2e', white: '#f4f2ee', grey: '#9a9ca1', navy: '#27355a', beige: '#d9c7a8', blue: '#3f6fb5',
  red: '#c0443b', green: '#4f8a5b', orange: '#e07b39', pink: '#e49ab0', brown: '#7a5134', tan: '#c49a6c',
  olive: '#6b6d3a', burgundy: '#7a2638', yellow: '#e8c34a',
};

/** A CSS colour for a colour name ("navy" → "#27355a"); grey when unknown. */
export function colourHex(name: string): string {
  return COLOURS[name.toLowerCase()] ?? '#9a9ca1';
}

// Shapes drawn on a 200×200 box; the stroke is a darker outline so white products still read.
const SHAPES: Record<Silhouette, string> = {
  shoe: '<path d="M22 128c0-14 8-30 20-36l28-14 20 18c10 8 26 10 40 10l38 6c12 2 16 12 14 22l-2 10H26c-3 0-4-8-4-16z"/><path d="M24 150h158v8H24z" opacity=".55"/>',
  sneaker: '<path d="M20 134c0-22 10-40 24-46l24-8 14 16c8 8 22 12 34 14l44 8c12 2 20 12 18 24l-2 8H24c-3 0-4-6-4-16z"/><path d="M22 148h158v10H22z" opacity=".45"/>',
  boot: '<path d="M62 38h48v66c0 10 6 16 16 20l34 12c10 4 14 12 14 22v8H48c-4 0-6-6-6-14l8-60z"/><path d="M44 158h132v8H44z" opacity=".55"/>',
  tee: '<path d="M74 34l-46 22 14 34 18-8v90h80V82l18 8 14-34-46-22c-4 12-14 18-26 18s-22-6-26-18z"/>',
  hoodie: '<path d="M76 30c6-10 42-10 48 0l40 24 14 70-20 6-10-40v82H52V90l-10 40-20-6 14-70z"/><path d="M84 30c0 22 32 22 32 0" fill="none" stroke="currentColor" stroke-width="6" opacity=".5"/><path d="M78 128h44v22H78z" opacity=".35"/>',
  jacket: '<path d="M70 28l-40 24-10 110h32l6-80v96h84V82l6 80h32L170 52l-40-24-30 30z"/><path d="M100 58v120" stroke-width="4" opacity=".5"/>',
  jeans: '<path d="M60 26h80l8 148h-36l-12-104-12 104H52z"/><path d="M60 40h80" stroke-width="5" opacity=".45"/>',
  sock: '<path d="M78 24h46v86l-4 40c-2 16-16 28-32 28H62c-12 0-20-8-20-18s8-18 20-20l16-4z"/><path d="M78 40h46" stroke-width="8" opacity=".45"/>',
  backpack: '<path d="M62 52c0-14 10-24 24-24h28c14 0 24 10 24 24v112c0 8-6 12-12 12H74c-6 0-12-4-12-12z"/><path d="M76 110h48v40H76z" opacity=".4"/><path d="M84 28c0-12 32-12 32 0" fill="none" stroke="currentColor" stroke-width="6"/>',
  headphones: '<path d="M40 120c0-44 26-78 60-78s60 34 60 78" fill="none" stroke="currentColor" stroke-width="12"/><rect x="28" y="110" width="34" height="56" rx="14"/><rect x="138" y="110" width="34" height="56" rx="14"/>',
  'coffee-maker': '<path d="M56 30h88v22H56z"/><path d="M64 52h72l-8 36H72z" opacity=".6"/><path d="M66 96h68v62c0 10-8 16-16 16H82c-8 0-16-6-16-16z"/><path d="M134 110c18 0 18 34 0 34" fill="none" stroke="currentColor" stroke-width="8"/><path d="M48 174h104v8H48z"/>',
  'coffee-bag': '<path d="M62 40h76l10 136H52z"/><path d="M62 40l10-14h56l10 14" opacity=".6"/><circle cx="100" cy="110" r="20" fill="#fff" opacity=".55"/>',
};

/** The SVG text of one product picture. */
export function productImageSvg(silhouette: Silhouette, colour: string, label: string): string {
  const fill = colourHex(colour);
  const light = fill === COLOURS.white || fill === COLOURS.beige || fill === COLOURS.yellow;
  const stroke = light ? '#8b877f' : 'rgba(0,0,0,.25)';
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 200 200" role="img" aria-label="${escapeXml(label)}">` +
    // Light products sit on a deeper backdrop so they do not vanish into it.
    `<defs><linearGradient id="g" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${light ? '#e4dfd6' : '#f7f5f1'}"/><stop offset="1" stop-color="${light ? '#d6cfc3' : '#ebe7e0'}"/></linearGradient></defs>` +
    `<rect width="200" height="200" fill="url(#g)"/><ellipse cx="100" cy="182" rx="70" ry="7" fill="#000" opacity=".07"/>` +
    `<g fill="${fill}" color="${fill}" stroke="${stroke}" stroke-width="2" stroke-linejoin="round">${SHAPES[silhouette]}</g></svg>`;
}

export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}
