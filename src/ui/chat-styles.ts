// UI styles: the chat log, bubbles, answer cards, the question box and the warm-up line.

export const CHAT_CSS = `
.chat { display: flex; flex-direction: column; flex: 1; min-height: 0; }
.chat-log { flex: 1; min-height: 0; overflow-y: auto; overscroll-behavior: contain; padding: 16px; display: flex; flex-direction: column; gap: 12px; }
.msg { display: flex; flex-direction: column; gap: 8px; max-width: 88%; align-self: flex-start; }
.msg-mine { align-self: flex-end; align-items: flex-end; }
.bubble {
  padding: 9px 13px; border-radius: 14px 14px 14px 4px; background: var(--bg); border: 1px solid var(--border);
  white-space: pre-wrap; overflow-wrap: anywhere;
}
.msg-mine .bubble { border-radius: 14px 14px 4px 14px; background: var(--accent); border-color: transparent; color: var(--on-accent); }
.msg-failed .bubble { border-color: color-mix(in srgb, var(--danger) 40%, transparent); }
.msg-products { display: flex; flex-direction: column; gap: 8px; width: 100%; min-width: 280px; }
/* An answer with products takes the log's width, so card titles get the room (not the text's width). */
.msg-theirs:has(> .msg-products) { align-self: stretch; max-width: 100%; }
.msg-actions { display: flex; flex-wrap: wrap; gap: 6px; }
.msg-source { font-size: 12px; color: var(--muted); max-width: 100%; }
.msg-source summary { cursor: pointer; display: flex; flex-wrap: wrap; gap: 4px 8px; }
.msg-source-more { text-decoration: underline; }
.msg-source-text { margin: 6px 0 0; padding: 8px 10px; border-left: 2px solid var(--border); color: var(--text); white-space: pre-wrap; }
.msg-compare { max-width: 100%; overflow-x: auto; border: 1px solid var(--border); border-radius: 10px; }
.msg-compare table { border-collapse: collapse; font-size: 12px; min-width: 100%; }
.msg-compare th, .msg-compare td { padding: 6px 8px; text-align: left; vertical-align: top; border-bottom: 1px solid var(--border); }
.msg-compare thead th { font-weight: 600; }
.msg-compare tbody th { color: var(--muted); font-weight: 500; white-space: nowrap; }
.msg-compare tr:last-child th, .msg-compare tr:last-child td { border-bottom: 0; }
.typing { display: inline-flex; gap: 4px; padding: 6px 2px; }
.typing i { width: 6px; height: 6px; border-radius: 3px; background: var(--muted); animation: aisle-dot 1s infinite ease-in-out; }
.typing i:nth-child(2) { animation-delay: 0.15s; }
.typing i:nth-child(3) { animation-delay: 0.3s; }
@keyframes aisle-dot { 0%, 80%, 100% { opacity: 0.3; transform: none; } 40% { opacity: 1; transform: translateY(-2px); } }
.chat-form { display: flex; gap: 8px; padding: 12px 12px 4px; background: var(--bg); border-top: 1px solid var(--border); }
.chat-input {
  flex: 1; min-width: 0; height: 40px; padding: 0 14px; border: 1px solid var(--border); border-radius: 20px;
  background: var(--surface); color: var(--text); font-size: 14px;
}
.chat-input::placeholder { color: var(--muted); }
.chat-input:focus-visible { outline: 2px solid var(--accent); outline-offset: 0; border-color: transparent; }
.chat-send {
  flex: none; display: inline-flex; align-items: center; justify-content: center; width: 40px; height: 40px;
  border: 0; border-radius: 20px; background: var(--accent); color: var(--on-accent);
}
.chat-send:disabled { background: var(--surface-2); color: var(--muted); }
.warm { position: relative; min-height: 20px; padding: 2px 16px 8px; font-size: 11px; line-height: 16px; color: var(--muted); background: var(--bg); }
/* Scaled, not resized: a transform animates on the compositor, a width change lays out the shop's page every frame. */
.warm-bar { position: absolute; left: 0; top: 0; width: 100%; height: 2px; background: var(--accent); transform-origin: left center; transition: transform 200ms ease; }
`;
