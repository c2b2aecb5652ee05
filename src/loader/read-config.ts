// Loader: reads the merchant's configuration from the script tag's data attributes.
import { DEFAULT_CONFIG, type AisleConfig, type Position, type ThemeMode } from '../protocol/config.ts';

const POSITIONS: Position[] = ['bottom-right', 'bottom-left'];
const THEMES: ThemeMode[] = ['light', 'dark', 'auto'];

export function readConfig(data: DOMStringMap, warn: (message: string) => void): AisleConfig {
  const config: AisleConfig = { ...DEFAULT_CONFIG, strings: {}, index: data.index ?? 'index/' };
  if (data.accent) config.accent = data.accent;
  if (data.position) {
    if (POSITIONS.includes(data.position as Position)) config.position = data.position as Position;
    else warn(`data-position="${data.position}" is not one of ${POSITIONS.join(', ')}; using ${config.position}`);
  }
  if (data.theme) {
    if (THEMES.includes(data.theme as ThemeMode)) config.theme = data.theme as ThemeMode;
    else warn(`data-theme="${data.theme}" is not one of ${THEMES.join(', ')}; using ${config.theme}`);
  }
  if (data.lang) config.lang = normalizeLang(data.lang, warn);
  if (data.model) config.model = data.model;
  if (data.contactUrl) config.contactUrl = data.contactUrl;
  if (data.analytics) config.analytics = data.analytics === 'true';
  if (data.launcher) config.launcher = data.launcher !== 'false';
  if (data.storage) config.storage = data.storage !== 'false';
  if (data.webgpu) config.webgpu = data.webgpu === 'true';
  if (data.holdout) {
    const pct = Number(data.holdout);
    if (Number.isFinite(pct) && pct >= 0 && pct <= 100) config.holdout = pct;
    else warn(`data-holdout="${data.holdout}" is not a percentage from 0 to 100; using 0 (no hold-out group)`);
  }
  return config;
}

/**
 * A BCP 47 language tag the browser's Intl accepts: `en_US` (a POSIX locale, common in shop systems)
 * becomes `en-US`; anything Intl rejects falls back to English with a warning, since every date and
 * price the UI formats would otherwise throw.
 */
export function normalizeLang(value: string, warn: (message: string) => void): string {
  const tag = String(value).trim().replace(/_/g, '-').replace(/\..*$/, '');
  try {
    const canonical = Intl.getCanonicalLocales(tag)[0];
    if (canonical) {
      if (canonical !== value) warn(`data-lang="${value}" is not a BCP 47 language tag; using "${canonical}"`);
      return canonical;
    }
  } catch {
    // Not a language tag at all.
  }
  warn(`data-lang="${value}" is not a language tag like "en" or "en-US"; using "${DEFAULT_CONFIG.lang}"`);
  return DEFAULT_CONFIG.lang;
}

/** `Aisle.configure({...})` at run time: the same checks as the tag's attributes, bad values left out. */
export function checkConfigure(partial: Partial<AisleConfig>, warn: (message: string) => void): Partial<AisleConfig> {
  const out: Partial<AisleConfig> = { ...(partial && typeof partial === 'object' ? partial : {}) };
  if (out.lang !== undefined) out.lang = normalizeLang(String(out.lang), warn);
  if (out.position !== undefined && !POSITIONS.includes(out.position)) {
    warn(`Aisle.configure: position "${String(out.position)}" is not one of ${POSITIONS.join(', ')}; ignored`);
    delete out.position;
  }
  if (out.theme !== undefined && !THEMES.includes(out.theme)) {
    warn(`Aisle.configure: theme "${String(out.theme)}" is not one of ${THEMES.join(', ')}; ignored`);
    delete out.theme;
  }
  if (out.strings !== undefined && (!out.strings || typeof out.strings !== 'object')) delete out.strings;
  return out;
}
