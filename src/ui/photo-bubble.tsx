// UI: the shopper's photo in their own chat bubble. Drawn on a canvas from the file (or the stored
// JPEG thumbnail) with createImageBitmap, so it needs no blob: or data: URL: it shows under any
// img-src policy of the merchant's page.
import { useEffect, useRef } from 'preact/hooks';
import type { PhotoThumbnail } from '../protocol/assistant.ts';
import type { UiMessage } from './use-chat.ts';
import { useUi } from './ui-context.ts';

const SIDE = 160;

export function PhotoBubble({ message }: { message: UiMessage }) {
  const { t } = useUi();
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    const photo = message.photo;
    const el = canvas.current;
    if (!photo || !el) return;
    let live = true;
    const blob = photo instanceof Blob ? photo : new Blob([(photo as PhotoThumbnail).jpeg as BlobPart], { type: 'image/jpeg' });
    createImageBitmap(blob)
      .then((bitmap) => {
        if (!live) return bitmap.close();
        const scale = Math.min(1, SIDE / Math.max(bitmap.width, bitmap.height));
        el.width = Math.max(1, Math.round(bitmap.width * scale));
        el.height = Math.max(1, Math.round(bitmap.height * scale));
        const ctx = el.getContext('2d');
        if (ctx) {
          ctx.imageSmoothingQuality = 'high';
          ctx.drawImage(bitmap, 0, 0, el.width, el.height);
        }
        bitmap.close();
      })
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [message.photo]);
  return (
    <div class="msg msg-mine" data-role="shopper" data-photo="">
      <span class="sr-only">{t.you}: </span>
      <canvas ref={canvas} class="bubble-photo" role="img" aria-label={t.photoAlt} width={SIDE} height={SIDE} />
    </div>
  );
}
