// Worker → catalog: fetches index files. The manifest is always fetched fresh; chunks are memoised by
// content hash (a chunk never changes under its hash). A failed fetch is forgotten so a retry works.
import { aisleError, ERROR_NAMES } from '../../protocol/errors.ts';
import type { ChunkRef } from '../../protocol/index-format.ts';

export type FetchLike = (input: string, init?: RequestInit) => Promise<Response>;

export class ChunkFetcher {
  private readonly memo = new Map<string, Promise<unknown>>();

  constructor(
    readonly baseUrl: string,
    private readonly fetchImpl: FetchLike = (input, init) => fetch(input, init),
  ) {}

  async manifestJson(file: string): Promise<unknown> {
    const res = await this.get(file, { cache: 'no-cache' });
    return this.parseJson(file, await res.text());
  }

  json<T>(ref: ChunkRef): Promise<T> {
    return this.memoised(ref, async () => this.parseJson(ref.file, await (await this.get(ref.file)).text())) as Promise<T>;
  }

  binary(ref: ChunkRef): Promise<ArrayBuffer> {
    return this.memoised(ref, async () => (await this.get(ref.file)).arrayBuffer()) as Promise<ArrayBuffer>;
  }

  /** Drops a chunk from the memo (its parsed form was converted and is no longer needed). */
  forget(ref: ChunkRef): void {
    this.memo.delete(ref.hash);
  }

  private memoised(ref: ChunkRef, load: () => Promise<unknown>): Promise<unknown> {
    let pending = this.memo.get(ref.hash);
    if (!pending) {
      pending = load();
      pending.catch(() => this.memo.delete(ref.hash));
      this.memo.set(ref.hash, pending);
    }
    return pending;
  }

  private async get(file: string, init?: RequestInit): Promise<Response> {
    const url = new URL(file, this.baseUrl).href;
    let res: Response;
    try {
      res = await this.fetchImpl(url, init);
    } catch (err) {
      throw aisleError(ERROR_NAMES.indexFetch, `Could not fetch ${url} (${(err as Error).message}). Check that data-index points at the folder written by \`aisle build --out\` and that the host allows CORS.`);
    }
    if (!res.ok) {
      throw aisleError(ERROR_NAMES.indexFetch, `Could not fetch ${url}: HTTP ${res.status}. Check that data-index points at the folder written by \`aisle build --out\` and that every file was uploaded.`);
    }
    return res;
  }

  private parseJson(file: string, text: string): unknown {
    try {
      return JSON.parse(text);
    } catch {
      const hint = text.trimStart().startsWith('<') ? ' (the server sent HTML: probably a 404 page)' : '';
      throw aisleError(ERROR_NAMES.indexFormat, `Index file ${new URL(file, this.baseUrl).href} is not valid JSON${hint}. Rebuild the index with \`aisle build\` and upload all of it.`);
    }
  }
}
