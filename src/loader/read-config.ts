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
  if (data.lang) config.lang = data.lang;
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
