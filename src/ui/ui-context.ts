// UI: the dependencies and resolved strings every component reads, provided once at the mount point.
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Strings } from './strings.ts';
import type { UiDeps } from './ui-deps.ts';

export interface UiContextValue extends UiDeps {
  t: Strings;
}

export const UiContext = createContext<UiContextValue | null>(null);

export function useUi(): UiContextValue {
  const value = useContext(UiContext);
  if (!value) throw new Error('Aisle UI component rendered outside <UiContext.Provider>: mount it with mountPanel or mountSlot');
  return value;
}
