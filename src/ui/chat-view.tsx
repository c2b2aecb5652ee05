// UI: the panel's chat tab: a polite live log (busy while an answer streams, so it is announced once),
// the question box (focus or typing starts the model warm-up), and a quiet warm-up status line.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { AskResult } from '../protocol/assistant.ts';
import { ChatMessage } from './chat-message.tsx';
import { PhotoBubble } from './photo-bubble.tsx';
import { usePhotoAttach } from './photo-attach.tsx';
import { Icon } from './icons.tsx';
import { safeUrl } from './safe-url.ts';
import { format } from './strings.ts';
import { useChat } from './use-chat.ts';
import { useWarmModel } from './use-warm-model.ts';
import { useUi } from './ui-context.ts';

type Action = NonNullable<AskResult['actions']>[number];

export function ChatView({ reloadKey }: { reloadKey: number }) {
  const { t, emit, config } = useUi();
  const { messages, busy, send, sendPhoto } = useChat(reloadKey);
  const photo = usePhotoAttach(busy, sendPhoto);
  const { warm, state: warmState } = useWarmModel();
  const [draft, setDraft] = useState('');
  const logRef = useRef<HTMLDivElement>(null);
  const anchored = useRef<number | null>(null);

  // A question scrolls to the bottom; an answer, once its first words arrive, puts its first line at the
  // top of the log and stays there while the rest (and its product cards) streams in below.
  useEffect(() => {
    const log = logRef.current;
    if (!log) return;
    const last = messages[messages.length - 1];
    if (last?.role === 'assistant' && last.text) {
      if (anchored.current === last.id) return;
      anchored.current = last.id;
      const answer = log.lastElementChild;
      if (answer) log.scrollTop += answer.getBoundingClientRect().top - log.getBoundingClientRect().top - 8;
      return;
    }
    log.scrollTop = log.scrollHeight;
  }, [messages]);

  const submit = (e: Event) => {
    e.preventDefault();
    if (busy || !draft.trim()) return;
    void send(draft);
    setDraft('');
  };

  const contact = (action: Action) => {
    const url = safeUrl(action.url || config.contactUrl, true);
    const detail: { transcript: Array<{ role: string; text: string }>; url?: string } = {
      transcript: messages.filter((m) => !m.streaming).map((m) => ({ role: m.role, text: m.text })),
    };
    if (url) detail.url = url;
    emit('contact-human', detail);
    if (!url) return;
    if (url.startsWith('mailto:')) location.href = url;
    else window.open(url, '_blank', 'noopener');
  };

  const warmLine = photo.status
    ? photo.status
    : warmState.phase === 'loading'
      ? format(t.warming, { percent: warmState.percent === null ? '' : `${warmState.percent}%` }).trim()
      : warmState.phase === 'failed'
        ? t.warmFailed
        : '';

  return (
    <div class={`chat${photo.dragging ? ' chat-dragging' : ''}`} {...photo.dropTarget}>
      <div class="chat-log" ref={logRef} role="log" aria-live="polite" aria-busy={busy} aria-label={t.tabChat}>
        {messages.length === 0 && (
          <div class="msg msg-theirs">
            <p class="bubble">{t.chatWelcome}</p>
          </div>
        )}
        {messages.map((m) => (
          m.photo ? <PhotoBubble key={m.id} message={m} /> : <ChatMessage key={m.id} message={m} onContact={contact} />
        ))}
      </div>
      <form class="chat-form" onSubmit={submit}>
        {photo.button}
        <input
          class="chat-input"
          type="text"
          enterKeyHint="send"
          autoComplete="off"
          maxLength={500}
          aria-label={t.chatInputLabel}
          placeholder={t.chatPlaceholder}
          value={draft}
          onFocus={warm}
          // Sent here, not by the form's implicit submission: a sandboxed page without allow-forms blocks
          // every form submission (and logs an error), so the chat would not send at all.
          onKeyDown={(e) => e.key === 'Enter' && !e.isComposing && submit(e)}
          onInput={(e) => {
            warm();
            setDraft(e.currentTarget.value);
          }}
        />
        <button type="button" class="chat-send" aria-label={t.send} disabled={busy || !draft.trim()} onClick={submit}>
          <Icon name="send" size={18} />
        </button>
      </form>
      <p class={`warm ${warmState.phase === 'loading' || photo.status ? 'warm-loading' : ''}`} aria-hidden={warmLine ? undefined : 'true'}>
        {warmLine}
        {(photo.status || warmState.phase === 'loading') && <span class="warm-bar" style={{ transform: `scaleX(${((photo.status ? photo.percent : warmState.phase === 'loading' ? warmState.percent : null) ?? 8) / 100})` }} />}
      </p>
    </div>
  );
}
