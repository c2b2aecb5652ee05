// Test support: the Content-Security-Policy the README documents for shops, written once. The CSP suite
// serves exactly these strings (with the asset origin in place of the example host), and a unit test
// checks that README.md states them verbatim, so the documentation cannot drift from what is tested.

/** The host the README's example uses for the widget's files and the index. */
export const EXAMPLE_ASSET_HOST = 'https://assets.example-shop.com';

/** The README's policy: a shop's `default-src 'self'` plus what Aisle needs. */
export const DOCUMENTED_CSP = `default-src 'self'; script-src 'self' ${EXAMPLE_ASSET_HOST} 'wasm-unsafe-eval'; worker-src blob: ${EXAMPLE_ASSET_HOST}; connect-src 'self' ${EXAMPLE_ASSET_HOST}; img-src 'self' ${EXAMPLE_ASSET_HOST}`;

/** What a page that enforces Trusted Types adds (plus the names of its own policies). */
export const DOCUMENTED_TRUSTED_TYPES = `require-trusted-types-for 'script'; trusted-types aisle`;

/** The documented policy for a page whose widget files are served from `assetOrigin` (no trailing slash). */
export function cspFor(assetOrigin: string, policy = DOCUMENTED_CSP): string {
  return policy.replaceAll(EXAMPLE_ASSET_HOST, assetOrigin);
}
