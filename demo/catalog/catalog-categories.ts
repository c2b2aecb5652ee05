// Demo catalog: the shop's twelve categories (what a product of each looks like, what it costs, what
// it is bought with). generate-catalog.ts draws products from these; the site draws its silhouettes.

export type Silhouette = 'shoe' | 'boot' | 'tee' | 'hoodie' | 'jacket' | 'jeans' | 'sock' | 'backpack' | 'headphones' | 'coffee-maker' | 'coffee-bag' | 'sneaker';

export interface CategorySpec {
  slug: string;
  /** Breadcrumb as merchants write it: "Shoes > Running Shoes". */
  breadcrumb: string;
  /** Share of the catalog. */
  weight: number;
  price: [number, number];
  nouns: string[];
  adjectives: string[];
  materials: string[];
  colours: string[];
  sizes: string[];
  brands: string[];
  features: string[];
  tags: string[];
  silhouette: Silhouette;
  /** Slugs shoppers buy alongside this category (drives the synthetic orders' co-purchases). */
  complements: string[];
}

// US sizes, written as bare numbers ("9") as most feeds do; the product page says "US".
const SHOE_SIZES = ['6', '7', '8', '9', '10', '11', '12'];
const APPAREL_SIZES = ['XS', 'S', 'M', 'L', 'XL', 'XXL'];
const NEUTRALS = ['black', 'white', 'grey', 'navy', 'beige'];

export const CATEGORIES: CategorySpec[] = [
  {
    slug: 'running-shoes', breadcrumb: 'Shoes > Running Shoes', weight: 11, price: [59, 189],
    nouns: ['Road Runner', 'Trail Runner', 'Tempo Trainer', 'Racer', 'Daily Trainer', 'Stability Runner'],
    adjectives: ['Featherlight', 'Cushioned', 'Responsive', 'Breathable', 'Swift', 'All-Weather'],
    materials: ['engineered mesh', 'knit', 'recycled polyester'], colours: [...NEUTRALS, 'blue', 'red', 'green', 'orange', 'pink'],
    sizes: SHOE_SIZES, brands: ['Stridewell', 'Northpace', 'Kinetica', 'Loma Run'],
    features: ['a nitrogen-infused foam midsole', 'a grippy rubber outsole', 'reflective heel details', 'a padded collar', 'an 8 mm heel-to-toe drop'],
    tags: ['running', 'sport', 'cushioned', 'road', 'trail'], silhouette: 'shoe', complements: ['socks', 't-shirts', 'headphones'],
  },
  {
    slug: 'sneakers', breadcrumb: 'Shoes > Sneakers', weight: 9, price: [49, 149],
    nouns: ['Court Classic', 'Low Top', 'High Top', 'Skate Shoe', 'Slip-On', 'Retro Sneaker'],
    adjectives: ['Everyday', 'Vintage', 'Minimal', 'Canvas', 'Street', 'Clean'],
    materials: ['leather', 'canvas', 'suede'], colours: [...NEUTRALS, 'green', 'red', 'blue'],
    sizes: SHOE_SIZES, brands: ['Alder & Co', 'Kinetica', 'Parkline', 'Oduma'],
    features: ['a vulcanised sole', 'a cushioned insole', 'tonal stitching', 'a padded tongue', 'waxed cotton laces'],
    tags: ['casual', 'streetwear', 'classic', 'everyday'], silhouette: 'sneaker', complements: ['socks', 'jeans', 't-shirts'],
  },
  {
    slug: 'boots', breadcrumb: 'Shoes > Boots', weight: 7, price: [89, 259],
    nouns: ['Chelsea Boot', 'Hiking Boot', 'Work Boot', 'Chukka', 'Lace-Up Boot', 'Winter Boot'],
    adjectives: ['Rugged', 'Waterproof', 'Heritage', 'Insulated', 'Trailhead', 'City'],
    materials: ['full-grain leather', 'suede', 'waxed leather', 'nubuck'], colours: ['black', 'brown', 'tan', 'olive', 'grey'],
    sizes: SHOE_SIZES, brands: ['Fenwick Hollow', 'Ridgeback', 'Alder & Co'],
    features: ['a Goodyear-welted sole', 'a waterproof membrane', 'a cushioned footbed', 'a lugged outsole', 'a pull-on heel loop'],
    tags: ['boots', 'outdoor', 'winter', 'waterproof', 'hiking'], silhouette: 'boot', complements: ['socks', 'jackets', 'jeans'],
  },
  {
    slug: 't-shirts', breadcrumb: 'Clothing > T-Shirts', weight: 11, price: [15, 45],
    nouns: ['Crew Tee', 'V-Neck Tee', 'Pocket Tee', 'Long Sleeve Tee', 'Graphic Tee', 'Performance Tee'],
    adjectives: ['Essential', 'Organic', 'Heavyweight', 'Slub', 'Relaxed', 'Quick-Dry'],
    materials: ['organic cotton', 'cotton', 'merino wool', 'linen blend', 'recycled polyester'], colours: [...NEUTRALS, 'green', 'red', 'blue', 'yellow', 'pink'],
    sizes: APPAREL_SIZES, brands: ['Oduma', 'Common Thread', 'Parkline', 'Northpace'],
    features: ['a ribbed collar', 'side-seam construction', 'a pre-shrunk fabric', 'a tag-free neck label', 'double-stitched hems'],
    tags: ['basics', 'summer', 'casual', 'layering'], silhouette: 'tee', complements: ['jeans', 'hoodies', 'sneakers'],
  },
  {
    slug: 'hoodies', breadcrumb: 'Clothing > Hoodies', weight: 8, price: [39, 99],
    nouns: ['Pullover Hoodie', 'Zip Hoodie', 'Crewneck Sweatshirt', 'Fleece Hoodie', 'Half-Zip'],
    adjectives: ['Cozy', 'Brushed', 'Oversized', 'Midweight', 'Loopback', 'Weekend'],
    materials: ['cotton fleece', 'french terry', 'organic cotton', 'recycled polyester'], colours: [...NEUTRALS, 'green', 'burgundy', 'blue'],
    sizes: APPAREL_SIZES, brands: ['Common Thread', 'Oduma', 'Northpace'],
    features: ['a kangaroo pocket', 'ribbed cuffs', 'a lined hood', 'flatlock seams', 'a soft brushed interior'],
    tags: ['cozy', 'loungewear', 'autumn', 'layering'], silhouette: 'hoodie', complements: ['t-shirts', 'jeans', 'sneakers'],
  },
  {
    slug: 'jackets', breadcrumb: 'Clothing > Jackets', weight: 8, price: [79, 299],
    nouns: ['Rain Jacket', 'Puffer Jacket', 'Denim Jacket', 'Bomber', 'Field Jacket', 'Softshell'],
    adjectives: ['Packable', 'Waterproof', 'Storm', 'Lightweight', 'Insulated', 'Classic', 'Alpine'],
    materials: ['nylon', 'recycled down', 'denim', 'waxed cotton', 'softshell'], colours: ['black', 'navy', 'olive', 'tan', 'red', 'grey', 'yellow'],
    sizes: APPAREL_SIZES, brands: ['Ridgeback', 'Fenwick Hollow', 'Northpace'],
    features: ['taped seams', 'a waterproof, breathable shell', 'a two-way zip', 'an adjustable hood', 'zipped hand pockets', 'a packable stuff sack'],
    tags: ['outerwear', 'rain', 'winter', 'outdoor', 'travel', 'hiking'], silhouette: 'jacket', complements: ['hoodies', 'boots', 'backpacks'],
  },
  {
    slug: 'jeans', breadcrumb: 'Clothing > Jeans', weight: 8, price: [49, 139],
    nouns: ['Slim Jean', 'Straight Jean', 'Relaxed Jean', 'Tapered Jean', 'Bootcut Jean'],
    adjectives: ['Selvedge', 'Stretch', 'Rinse-Wash', 'Vintage-Wash', 'Raw', 'Everyday'],
    materials: ['denim', 'stretch denim', 'selvedge denim', 'organic cotton denim'], colours: ['blue', 'black', 'grey', 'navy'],
    sizes: ['28', '30', '32', '34', '36', '38'], brands: ['Indigo Lane', 'Alder & Co', 'Common Thread'],
    features: ['a five-pocket design', 'copper rivets', 'a button fly', 'a mid rise', 'a chain-stitched hem'],
    tags: ['denim', 'casual', 'classic'], silhouette: 'jeans', complements: ['t-shirts', 'sneakers', 'boots'],
  },
  {
    slug: 'socks', breadcrumb: 'Clothing > Socks', weight: 7, price: [9, 29],
    nouns: ['Running Sock', 'Crew Sock', 'Ankle Sock', 'Hiking Sock', 'Sock 3-Pack'],
    adjectives: ['Cushioned', 'Merino', 'No-Show', 'Striped', 'Compression', 'Everyday'],
    materials: ['merino wool', 'cotton', 'bamboo', 'recycled nylon'], colours: [...NEUTRALS, 'red', 'green', 'yellow'],
    sizes: ['S', 'M', 'L'], brands: ['Stridewell', 'Common Thread', 'Ridgeback'],
    features: ['arch support', 'a seamless toe', 'a cushioned heel', 'moisture-wicking yarn'],
    tags: ['socks', 'running', 'hiking', 'basics'], silhouette: 'sock', complements: ['running-shoes', 'boots', 'sneakers'],
  },
  {
    slug: 'backpacks', breadcrumb: 'Bags > Backpacks', weight: 7, price: [39, 189],
    nouns: ['Daypack', 'Commuter Backpack', 'Rolltop Backpack', 'Travel Pack', 'Laptop Backpack', 'Hiking Pack'],
    adjectives: ['Weatherproof', 'Minimal', 'Urban', 'Expedition', 'Compact', 'Everyday'],
    materials: ['recycled nylon', 'waxed canvas', 'ripstop', 'cordura'], colours: ['black', 'grey', 'olive', 'navy', 'tan', 'orange'],
    sizes: ['15 L', '20 L', '25 L', '30 L'], brands: ['Ridgeback', 'Parkline', 'Fenwick Hollow'],
    features: ['a padded 16-inch laptop sleeve', 'a hidden passport pocket', 'water-resistant zips', 'a ventilated back panel', 'a luggage pass-through'],
    tags: ['travel', 'commute', 'outdoor', 'laptop'], silhouette: 'backpack', complements: ['jackets', 'headphones'],
  },
  {
    slug: 'headphones', breadcrumb: 'Electronics > Headphones', weight: 7, price: [29, 349],
    nouns: ['Over-Ear Headphones', 'Wireless Earbuds', 'Sport Earbuds', 'On-Ear Headphones', 'Studio Headphones'],
    adjectives: ['Noise-Cancelling', 'Wireless', 'Studio', 'Sport', 'Foldable', 'Hi-Fi'],
    materials: ['aluminium', 'recycled plastic', 'memory foam', 'silicone'], colours: ['black', 'white', 'grey', 'navy', 'beige'],
    sizes: ['One Size'], brands: ['Sonora', 'Volta Audio', 'Kinetica'],
    features: ['30-hour battery life', 'active noise cancelling', 'Bluetooth 5.3', 'a USB-C fast charge', 'sweat resistance (IPX4)'],
    tags: ['audio', 'wireless', 'travel', 'music', 'gift'], silhouette: 'headphones', complements: ['backpacks', 'running-shoes'],
  },
  {
    slug: 'coffee-makers', breadcrumb: 'Kitchen > Coffee Makers', weight: 6, price: [25, 399],
    nouns: ['Pour-Over Set', 'French Press', 'Drip Coffee Maker', 'Espresso Machine', 'Moka Pot', 'Cold Brew Maker'],
    adjectives: ['Barista', 'Compact', 'Classic', 'Programmable', 'Stovetop', 'Glass'],
    materials: ['stainless steel', 'borosilicate glass', 'ceramic', 'aluminium'], colours: ['black', 'white', 'grey', 'red', 'beige'],
    sizes: ['One Size'], brands: ['Hearthstone', 'Brewhaus', 'Kettle & Co'],
    features: ['a 1.2-litre carafe', 'a built-in grinder', 'a 15-bar pump', 'an auto shut-off', 'a reusable steel filter'],
    tags: ['coffee', 'kitchen', 'gift', 'brewing'], silhouette: 'coffee-maker', complements: ['coffee-beans'],
  },
  {
    slug: 'coffee-beans', breadcrumb: 'Kitchen > Coffee Beans', weight: 5, price: [12, 34],
    nouns: ['Espresso Roast', 'House Blend', 'Single Origin', 'Decaf Blend', 'Breakfast Blend'],
    adjectives: ['Ethiopian', 'Colombian', 'Dark', 'Medium', 'Light', 'Guatemalan'],
    materials: ['whole bean', 'ground'], colours: ['brown', 'black', 'tan'],
    sizes: ['250 g', '500 g', '1 kg'], brands: ['Brewhaus', 'Kettle & Co', 'Morning Field'],
    features: ['notes of chocolate and cherry', 'notes of caramel', 'a bright citrus finish', 'a low-acid profile', 'fair-trade sourcing'],
    tags: ['coffee', 'beans', 'organic', 'fair trade'], silhouette: 'coffee-bag', complements: ['coffee-makers'],
  },
];

export function categoryBySlug(slug: string): CategorySpec {
  const found = CATEGORIES.find((c) => c.slug === slug);
  if (!found) throw new Error(`unknown demo category "${slug}"; use one of: ${CATEGORIES.map((c) => c.slug).join(', ')}`);
  return found;
}

/** "Shoes > Running Shoes" → "running-shoes". */
export function slugOfBreadcrumb(breadcrumb: string): string {
  const found = CATEGORIES.find((c) => c.breadcrumb === breadcrumb);
  if (!found) throw new Error(`"${breadcrumb}" is not a demo category; use one of: ${CATEGORIES.map((c) => c.breadcrumb).join(', ')}`);
  return found.slug;
}
