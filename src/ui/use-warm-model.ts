// UI hook: starts loading the embedding model the first time the shopper focuses or types in the chat,
// and turns the worker's progress events into one small line of status (nothing once ready).
import { proxy } from 'comlink';
import { useRef, useState } from 'preact/hooks';
import type { LoadProgress } from '../protocol/progress.ts';
import { addFileProgress, type FileBytes } from './file-progress.ts';
import { useUi } from './ui-context.ts';

export type WarmState = { phase: 'idle' | 'ready' | 'failed' } | { phase: 'loading'; percent: number | null };

export function useWarmModel() {
  const { api } = useUi();
  const [state, setState] = useState<WarmState>({ phase: 'idle' });
  const started = useRef(false);
  // Bytes per file: a model is several files, the bar shows their sum.
  const files = useRef<FileBytes>(new Map());

  const onProgress = (p: LoadProgress) => {
    if (p.status === 'ready') return setState({ phase: 'ready' });
    const { loaded, total } = addFileProgress(files.current, p);
    // Whole 5% steps: each change re-renders the chat on the shop's main thread while the worker is busy.
    const percent = total > 0 ? Math.min(100, Math.floor((loaded / total) * 20) * 5) : null;
    setState((s) => (s.phase === 'loading' && s.percent === percent ? s : { phase: 'loading', percent }));
  };

  const warm = () => {
    if (started.current) return;
    started.current = true;
    setState({ phase: 'loading', percent: null });
    api
      .warmModel(proxy(onProgress))
      .then((status) => setState({ phase: status.model === 'failed' ? 'failed' : 'ready' }))
      .catch(() => setState({ phase: 'failed' }));
  };

  return { warm, state };
}
