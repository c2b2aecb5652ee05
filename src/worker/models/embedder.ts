// Worker/CLI models: the one interface every sentence encoder implements (USE-Lite on ORT web or node,
// transformers.js). Callers get L2-normalised vectors, one per input text, in input order.

export type EmbedderBackend = 'wasm' | 'webgpu' | 'node';

export interface Embedder {
  /** Model folder name, e.g. 'use-lite-int8'. */
  readonly id: string;
  readonly dim: number;
  readonly backend: EmbedderBackend;
  /** One L2-normalised vector per text, in order; an empty string still gets a row. */
  embed(texts: string[]): Promise<Float32Array[]>;
  dispose(): Promise<void>;
}

/** `aisle-model.json`, written next to each model by build-models.ts. */
export interface ModelDescriptor {
  id: string;
  kind: 'use-lite' | 'transformers';
  dim: number;
  maxTokens: number;
  quantization: 'fp32' | 'int8' | 'int4';
  /** Size and sha256 of each file in the folder: progress totals, and cache keys that change with the model. */
  files?: Record<string, { bytes: number; sha256: string }>;
}
