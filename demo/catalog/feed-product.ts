// Demo catalog: one product as the demo's merchant feed (products.json) carries it, in the plain field
// names `aisle build` reads (see src/cli/build/feed-mapping.ts). The site pages are built from it too.

export interface FeedProduct {
  id: string;
  title: string;
  description: string;
  price: number;
  currency: string;
  /** Breadcrumb: "Shoes > Running Shoes". */
  category: string;
  brand: string;
  /** Site path of the SVG placeholder: "/img/<id>.svg". */
  image: string;
  /** Site path of the product page: "/product/<id>.html". */
  url: string;
  /** Units in stock; 0 = out of stock. */
  stock: number;
  tags: string[];
  colour: string;
  /** Every size it comes in, comma separated ("S, M, L"); the page's size picker splits it. */
  size: string;
  material: string;
}
