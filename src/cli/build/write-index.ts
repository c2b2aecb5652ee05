// CLI build → static index: writes content-hashed chunk files and then manifest.json (atomically), and
// only after that removes chunk files of earlier builds, so a shop serving the folder never sees a gap.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { INDEX_FORMAT_VERSION, MANIFEST_FILE, type ChunkKind, type ChunkRef, type IndexManifest } from '../../protocol/index-format.ts';

export interface ChunkInput {
  kind: ChunkKind;
  /** JSON value, raw bytes for binary chunks (vectors), or `{ json }`: text already serialised (big tables). */
  body: unknown;
  /** Name part before the hash, e.g. "products-0"; defaults to the kind. */
  name?: string;
  from?: number;
  to?: number;
}

/** A chunk body that is already JSON text: 100k products × 20 neighbours as objects would cost ~200 MB. */
export class SerialisedJson {
  constructor(readonly json: string) {}
}

export interface WrittenIndex {
  manifest: IndexManifest;
  bytes: number;
  removed: string[];
}

/** Chunk files look like `<name>-<16 hex>.<ext>` (names such as `next-item`, `products-3`): only those are ever deleted. */
const CHUNK_FILE = /^[a-z]+(?:-[a-z]+)*(?:-\d+)?-[0-9a-f]{16}\.(json|bin)$/;

export function writeIndex(outDir: string, chunks: ChunkInput[], meta: Omit<IndexManifest, 'format' | 'chunks' | 'buildId' | 'createdAt'>): WrittenIndex {
  mkdirSync(outDir, { recursive: true });
  const refs: ChunkRef[] = [];
  for (const c of chunks) {
    const binary = c.body instanceof Uint8Array;
    const data = binary ? Buffer.from(c.body as Uint8Array) : Buffer.from(c.body instanceof SerialisedJson ? c.body.json : JSON.stringify(c.body));
    const hash = createHash('sha256').update(data).digest('hex').slice(0, 16);
    const file = `${c.name ?? c.kind}-${hash}.${binary ? 'bin' : 'json'}`;
    const path = join(outDir, file);
    // Same name means same bytes: an unchanged chunk keeps its file (and the browser's cache).
    if (!existsSync(path)) writeAtomically(path, data);
    const ref: ChunkRef = { kind: c.kind, file, hash, bytes: data.length };
    if (c.from !== undefined) ref.from = c.from;
    if (c.to !== undefined) ref.to = c.to;
    refs.push(ref);
  }
  const buildId = createHash('sha256').update(refs.map((r) => r.hash).join(',')).digest('hex').slice(0, 12);
  const manifest: IndexManifest = { format: INDEX_FORMAT_VERSION, buildId, createdAt: new Date().toISOString(), ...meta, chunks: refs };
  const manifestBytes = Buffer.from(JSON.stringify(manifest, null, 1));
  writeAtomically(join(outDir, MANIFEST_FILE), manifestBytes);
  const keep = new Set(refs.map((r) => r.file));
  const removed: string[] = [];
  for (const name of readdirSync(outDir)) {
    if (CHUNK_FILE.test(name) && !keep.has(name)) {
      unlinkSync(join(outDir, name));
      removed.push(name);
    }
  }
  const bytes = refs.reduce((s, r) => s + r.bytes, manifestBytes.length);
  return { manifest, bytes, removed };
}

function writeAtomically(path: string, data: Buffer): void {
  const tmp = `${path}.tmp-${process.pid}`;
  writeFileSync(tmp, data);
  renameSync(tmp, path);
}

