// UI: keys typed in the widget stay in the widget. Without this, typing "/" or "s" in the chat would
// fire the shop's own keyboard shortcuts (search focus, slideshow keys) through the shadow boundary.

const KEY_EVENTS = ['keydown', 'keyup', 'keypress'] as const;

export function isolateKeys(root: ShadowRoot, signal: AbortSignal): void {
  // Listening on the shadow root (bubble phase) lets the widget's own handlers run first, then stops the
  // event before it reaches the host element, the document and window.
  for (const type of KEY_EVENTS) root.addEventListener(type, (e) => e.stopPropagation(), { signal });
}
