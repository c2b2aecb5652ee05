// Loader ↔ client chunk: what the loader hands to the lazily imported client.
import type { AisleConfig } from '../protocol/config.ts';
import type { QueueApi } from './queue-api.ts';

export interface ClientContext {
  /** Absolute URL of the folder that holds aisle.js (ends with '/'). */
  base: string;
  config: AisleConfig;
  queue: QueueApi;
}

export type ClientStart = (context: ClientContext) => void;
