// UI: a model is several files, and the worker reports each one's bytes; a progress bar shows their sum.
import type { LoadProgress } from '../protocol/progress.ts';

export type FileBytes = Map<string, { loaded: number; total: number }>;

/** Records one progress event in `files` and returns the bytes loaded and expected over all files so far. */
export function addFileProgress(files: FileBytes, p: LoadProgress): { loaded: number; total: number } {
  if (p.status === 'progress' && p.total > 0) files.set(p.file, { loaded: p.loaded, total: p.total });
  if (p.status === 'done') {
    const f = files.get(p.file);
    if (f) f.loaded = f.total;
  }
  let loaded = 0;
  let total = 0;
  for (const f of files.values()) {
    loaded += f.loaded;
    total += f.total;
  }
  return { loaded, total };
}
