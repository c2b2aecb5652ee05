// UI chunk entry (lazily imported by src/loader/client/mount-ui.ts): re-exports only.
export { mountPanel } from './mount-panel.tsx';
export { mountSlot } from './mount-slot.tsx';
export { STRINGS, type StringKey } from './strings.ts';
export type { PanelHandle, SlotHandle, SlotOptions, UiDeps } from './ui-deps.ts';
