// UI styles: the photo button beside the question box, the drop highlight, the photo in the shopper's bubble.

export const PHOTO_CSS = `
.chat-photo {
  flex: none; display: inline-flex; align-items: center; justify-content: center; width: 40px; height: 40px;
  border: 1px solid var(--border); border-radius: 20px; background: var(--surface); color: var(--text);
}
.chat-photo:hover:not(:disabled) { border-color: var(--accent); color: var(--accent); }
.chat-photo:focus-visible { outline: 2px solid var(--accent); outline-offset: 2px; }
.chat-photo:disabled { color: var(--muted); }
.chat-dragging .chat-log { outline: 2px dashed var(--accent); outline-offset: -8px; }
.bubble-photo { display: block; max-width: 160px; max-height: 160px; width: auto; height: auto; border-radius: 14px 14px 4px 14px; border: 1px solid var(--border); background: var(--surface-2); }
`;
