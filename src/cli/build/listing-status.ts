// CLI build: whether the feed offers a record for sale on the storefront. Exports include drafts and
// retired products (Shopify's Status draft/archived/unlisted and Published false; WooCommerce's Published
// -1/0/2 and "Visibility in catalog: hidden"; REST APIs' status): the widget must never show those.
import { scalarText } from './feed-values.ts';

/** Statuses that mean "not for sale on the storefront" (Shopify, WooCommerce, generic exports). */
const HIDDEN_STATUSES = new Set(['draft', 'archived', 'unlisted', 'private', 'pending', 'trash', 'inactive', 'disabled']);
/** WooCommerce's Published column: -1 draft, 0 private, 1 published, 2 pending review. */
const WOO_PUBLISHED: Record<string, string> = { '-1': 'draft', '0': 'private', '2': 'pending' };

/** Why the record is left out ("draft", "unpublished", "hidden", ...), or undefined when it is for sale. */
export function unlistedReason(fields: Map<string, unknown>): string | undefined {
  const status = scalarText(fields.get('status')).toLowerCase();
  if (HIDDEN_STATUSES.has(status)) return status;
  const published = fields.get('published');
  if (published === false) return 'unpublished';
  const p = scalarText(published).toLowerCase();
  if (Object.hasOwn(WOO_PUBLISHED, p)) return WOO_PUBLISHED[p];
  if (p === 'false' || p === 'no') return 'unpublished';
  // Shopify's Admin API: a product that is not on the Online Store has published_at null.
  if (fields.has('published_at') && fields.get('published_at') === null) return 'unpublished';
  const visibility = scalarText(fields.get('visibility_in_catalog') ?? fields.get('catalog_visibility')).toLowerCase();
  if (visibility === 'hidden') return 'hidden';
  return undefined;
}
