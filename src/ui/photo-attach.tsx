// UI: the chat's "search with a photo" control. A camera button opens the file picker (the camera
// directly on phones: `capture`), and a photo can also be dropped on the chat or pasted into it. The
// photo goes to the worker and no further; while the vision models load the first time a progress
// line shows, then "Looking at your photo…" until the answer arrives.
import type { JSX } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { LoadProgress } from '../protocol/progress.ts';
import { addFileProgress, type FileBytes } from './file-progress.ts';
import { Icon } from './icons.tsx';
import { format } from './strings.ts';
import { useUi } from './ui-context.ts';

type PhotoState = { phase: 'idle' } | { phase: 'loading'; percent: number | null } | { phase: 'reading' };

const MAX_PHOTO_BYTES = 30 * 1024 * 1024;

function firstImage(files: FileList | null | undefined): File | null {
  for (const f of files ? [...files] : []) if (f.type.startsWith('image/') && f.size <= MAX_PHOTO_BYTES) return f;
  return null;
}

/** Coarse pointer ≈ a phone or tablet: open the camera rather than the file list. */
function onPhone(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(pointer: coarse)').matches;
}

export function usePhotoAttach(busy: boolean, sendPhoto: (photo: Blob, onProgress: (p: LoadProgress) => void) => Promise<void>) {
  const { t, api } = useUi();
  // Offered only when the shop's index was built with image features.
  const [enabled, setEnabled] = useState(false);
  useEffect(() => {
    let live = true;
    api
      .status()
      .then((s) => live && setEnabled(s.photos === true))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, []);
  const input = useRef<HTMLInputElement>(null);
  const [state, setState] = useState<PhotoState>({ phase: 'idle' });
  const [dragging, setDragging] = useState(false);
  const files = useRef<FileBytes>(new Map());

  const onProgress = (p: LoadProgress) => {
    if (p.status === 'ready') return setState({ phase: 'reading' });
    const { loaded, total } = addFileProgress(files.current, p);
    setState({ phase: 'loading', percent: total > 0 ? Math.min(100, Math.round((loaded / total) * 100)) : null });
  };

  const attach = (file: File | null) => {
    if (!file || busy || !enabled) return;
    setState({ phase: 'reading' });
    void sendPhoto(file, onProgress).finally(() => setState({ phase: 'idle' }));
  };

  const hasFiles = (e: DragEvent) => Boolean(e.dataTransfer && [...e.dataTransfer.types].includes('Files'));
  const dropTarget = enabled
    ? {
        onDragOver: (e: DragEvent) => {
          if (!hasFiles(e)) return;
          e.preventDefault();
          setDragging(true);
        },
        onDragLeave: (e: DragEvent) => {
          if (e.currentTarget === e.target) setDragging(false);
        },
        onDrop: (e: DragEvent) => {
          if (!hasFiles(e)) return;
          e.preventDefault();
          setDragging(false);
          attach(firstImage(e.dataTransfer?.files));
        },
        onPaste: (e: ClipboardEvent) => {
          const file = firstImage(e.clipboardData?.files);
          if (!file) return;
          e.preventDefault();
          attach(file);
        },
      }
    : {};

  const button: JSX.Element | null = enabled ? (
    <>
      <button type="button" class="chat-photo" aria-label={t.attachPhoto} title={t.attachPhoto} disabled={busy} onClick={() => input.current?.click()}>
        <Icon name="camera" size={18} />
      </button>
      <input
        ref={input}
        class="sr-only"
        type="file"
        accept="image/*"
        tabIndex={-1}
        aria-hidden="true"
        {...(onPhone() ? { capture: 'environment' } : {})}
        onChange={(e) => {
          attach(firstImage(e.currentTarget.files));
          e.currentTarget.value = '';
        }}
      />
    </>
  ) : null;

  const status =
    state.phase === 'loading' ? format(t.photoLoading, { percent: state.percent === null ? '' : `${state.percent}%` }).trim() : state.phase === 'reading' ? t.photoReading : '';

  return { button, dropTarget, dragging, status, percent: state.phase === 'loading' ? state.percent : null };
}
