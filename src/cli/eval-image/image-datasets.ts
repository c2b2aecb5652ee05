// Image eval: the two dataset layouts `npm run eval:image` reads. A folder of class folders (the
// clothing photos: train/<class>/*.jpg) and the GroceryStoreDataset (classes.csv with each product's
// iconic catalog image and description; list files of shopper photos `path, class id, coarse id`).
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

export interface LabelledImage {
  path: string;
  label: string;
}

const IMAGE = /\.(jpe?g|png|webp|gif|avif|tiff?)$/i;

/** `<dir>/<class>/<image>` → images labelled by their folder name, in a stable order. */
export function readClassFolders(dir: string): LabelledImage[] {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new Error(`--catalog/--queries ${dir}: not a folder of class folders`);
  const out: LabelledImage[] = [];
  for (const label of readdirSync(dir).sort()) {
    const sub = join(dir, label);
    if (!statSync(sub).isDirectory()) continue;
    for (const f of readdirSync(sub).sort()) if (IMAGE.test(f)) out.push({ path: join(sub, f), label });
  }
  if (out.length === 0) throw new Error(`${dir}: no images in class folders (<dir>/<class>/*.jpg)`);
  return out;
}

export interface GroceryProduct {
  /** Class name, e.g. "Arla-Standard-Milk". */
  id: string;
  classId: number;
  /** The product's title as a shop would write it: "Arla Standard Milk". */
  title: string;
  /** Coarse class name: the product's category ("Milk", "Apple"). */
  category: string;
  /** Top-level section of the dataset's folders (Fruit, Vegetables, Packages). */
  section: string;
  image: string;
  description: string;
}

/** The 81 catalog products of the GroceryStoreDataset: iconic image, English description, name, coarse class. */
export function readGroceryCatalog(dir: string): GroceryProduct[] {
  const csv = join(dir, 'classes.csv');
  if (!existsSync(csv)) throw new Error(`--catalog ${dir}: no classes.csv; expected the GroceryStoreDataset folder`);
  const lines = readFileSync(csv, 'utf8').split(/\r?\n/).slice(1).filter((l) => l.trim());
  return lines.map((line, i) => {
    const [name, classId, coarse, , iconic, description] = line.split(',');
    if (!name || !iconic || !description) throw new Error(`${csv}:${i + 2}: expected 6 columns (name, id, coarse name, coarse id, iconic path, description path)`);
    const image = join(dir, iconic);
    return {
      id: name,
      classId: Number(classId),
      title: name.replace(/-/g, ' '),
      category: coarse,
      section: iconic.split('/')[2] ?? '',
      image,
      description: readFileSync(join(dir, description), 'utf8').trim(),
    };
  });
}

/** A list file (`train/...jpg, 12, 3` per line) → shopper photos labelled by class id. */
export function readGroceryList(listFile: string, catalog: GroceryProduct[]): LabelledImage[] {
  if (!existsSync(listFile)) throw new Error(`--queries ${listFile}: no such list file`);
  const root = dirname(listFile);
  const byId = new Map(catalog.map((p) => [p.classId, p.id]));
  return readFileSync(listFile, 'utf8').split(/\r?\n/).filter((l) => l.trim()).map((line, i) => {
    const [path, classId] = line.split(',').map((s) => s.trim());
    const label = byId.get(Number(classId));
    if (!path || label === undefined) throw new Error(`${listFile}:${i + 1}: expected "path, class id, coarse id" with a class id from classes.csv, got "${line}"`);
    return { path: join(root, path), label };
  });
}

export function shortPath(path: string): string {
  return relative(process.cwd(), path);
}
