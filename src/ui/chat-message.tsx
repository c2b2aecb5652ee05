// UI: one chat bubble. Answer text is plain text (never HTML or markdown); the comparison table, the source
// section, product cards and the "talk to a person" action come from the worker's structured answer, not
// from parsing the text.
import type { AskResult } from '../protocol/assistant.ts';
import { AnswerSource } from './answer-source.tsx';
import { ComparisonTable } from './comparison-table.tsx';
import { Icon } from './icons.tsx';
import { ProductCard } from './product-card.tsx';
import { safeUrl } from './safe-url.ts';
import type { UiMessage } from './use-chat.ts';
import { useUi } from './ui-context.ts';

type Action = NonNullable<AskResult['actions']>[number];

export function ChatMessage({ message, onContact }: { message: UiMessage; onContact: (action: Action) => void }) {
  const { t } = useUi();
  const mine = message.role === 'shopper';
  return (
    <div class={`msg ${mine ? 'msg-mine' : 'msg-theirs'}${message.failed ? ' msg-failed' : ''}`} data-role={message.role}>
      <span class="sr-only">{mine ? t.you : t.assistant}: </span>
      <p class="bubble">
        {message.text || (message.streaming ? <span class="typing" aria-label={t.thinking}><i /><i /><i /></span> : '')}
      </p>
      {!message.streaming && message.comparison && <ComparisonTable table={message.comparison} />}
      {!message.streaming && message.source && <AnswerSource source={message.source} />}
      {!message.streaming && message.products && message.products.length > 0 && (
        <ul class="msg-products">
          {message.products.map((p) => (
            <li key={p.id}>
              <ProductCard product={p} source="chat" strategy="chat" layout="row" />
            </li>
          ))}
        </ul>
      )}
      {!message.streaming && message.actions && message.actions.length > 0 && (
        <div class="msg-actions">
          {message.actions.map((a, i) =>
            a.kind === 'contact-human' ? (
              <button key={i} type="button" class="btn btn-ghost btn-small" onClick={() => onContact(a)}>
                <Icon name="person" size={16} />
                {a.label || t.contactHuman}
              </button>
            ) : safeUrl(a.url) ? (
              <a key={i} class="btn btn-ghost btn-small" href={safeUrl(a.url)} target="_blank" rel="noopener noreferrer">
                {a.label}
              </a>
            ) : null,
          )}
        </div>
      )}
    </div>
  );
}
