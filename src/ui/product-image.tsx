// UI: a product's picture, or (no image, a non-http URL, or a failed load) a placeholder tile with the
// product's initials tinted by its category, drawn inline so the widget fetches nothing but catalog images.
import { useState } from 'preact/hooks';
import { safeUrl } from './safe-url.ts';

function hue(text: string): number {
  let h = 0;
  for (let i = 0; i < text.length; i++) h = (h * 31 + text.charCodeAt(i)) >>> 0;
  return h % 360;
}

function initials(title: string): string {
  const words = title.split(/\s+/).filter((w) => /\p{L}|\p{N}/u.test(w));
  return words
    .slice(0, 2)
    .map((w) => Array.from(w)[0] ?? '')
    .join('')
    .toUpperCase();
}

export function ProductImage({ title, image, category }: { title: string; image?: string; category?: string }) {
  const [failed, setFailed] = useState(false);
  const src = safeUrl(image);
  if (src && !failed) {
    return <img class="card-img" src={src} alt="" loading="lazy" decoding="async" referrerpolicy="no-referrer" onError={() => setFailed(true)} />;
  }
  const h = hue(category || title);
  return (
    <svg class="card-img card-placeholder" viewBox="0 0 100 100" preserveAspectRatio="xMidYMid slice" aria-hidden="true" focusable="false">
      <rect width="100" height="100" fill={`hsl(${h} 42% 88%)`} />
      <circle cx="86" cy="14" r="34" fill={`hsl(${h} 44% 84%)`} />
      <text x="50" y="50" dy="0.35em" text-anchor="middle" font-size="22" font-weight="600" letter-spacing="1" fill={`hsl(${h} 30% 36%)`}>
        {initials(title)}
      </text>
    </svg>
  );
}
