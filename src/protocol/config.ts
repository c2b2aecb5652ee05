// Protocol: merchant configuration, from the script tag's data attributes or `Aisle.configure`.

export type ThemeMode = 'light' | 'dark' | 'auto';
export type Position = 'bottom-right' | 'bottom-left';

export interface AisleConfig {
  /** URL of the index folder (holds manifest.json). Relative URLs resolve against the page. */
  index: string;
  /** Accent colour, any CSS colour. */
  accent: string;
  position: Position;
  theme: ThemeMode;
  /** Two-letter language of the built-in strings. */
  lang: string;
  /** Overrides of UI strings by key (see src/ui/strings.ts). */
  strings: Record<string, string>;
  /** Which embedding model folder under the widget's models/ to use; 'none' disables semantic search. */
  model: string;
  /** Push anonymous recommendation events to window.dataLayer (off by default). */
  analytics: boolean;
  /** Show the launcher button (a merchant may open the panel from its own button instead). */
  launcher: boolean;
  /** Where "contact a human" leads: a URL (mailto:, https:) or empty to only dispatch an event. */
  contactUrl: string;
  /** false keeps everything in memory (no IndexedDB), e.g. without storage consent. */
  storage: boolean;
  /**
   * Use WebGPU for the encoder when the device has an adapter. Off by default: for one short query the
   * single-thread WASM path is already a few ms, and the WebGPU runtime is 6.6 MB more to download.
   */
  webgpu: boolean;
  /**
   * Percentage of shoppers (0-100) in a hold-out group that sees no recommendations, so the merchant can
   * measure what they add. Assigned on the device, kept there, and reported as the `variant` of the
   * anonymous impression/click events.
   */
  holdout: number;
}

/**
 * The encoder the widget and `aisle build` use unless told otherwise: USE-Lite with int8 weights and
 * fp16 for the few layers kept float (same accuracy as plain int8, 0.7 MB less on the wire; see models/README.md).
 */
export const DEFAULT_MODEL = 'use-lite-int8-fp16';

export const DEFAULT_CONFIG: Omit<AisleConfig, 'index'> = {
  accent: '#2f6f5e',
  position: 'bottom-right',
  theme: 'auto',
  lang: 'en',
  strings: {},
  model: DEFAULT_MODEL,
  analytics: false,
  launcher: true,
  contactUrl: '',
  storage: true,
  webgpu: false,
  holdout: 0,
};
