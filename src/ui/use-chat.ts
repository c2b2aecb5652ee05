// UI hook: the chat conversation. Sends the question to the worker with a comlink-proxied onToken,
// grows the answer as chunks stream in, then settles on the worker's final text, products and actions.
import { proxy } from 'comlink';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { AnswerSource, AskResult, ComparisonTable, PhotoThumbnail } from '../protocol/assistant.ts';
import type { LoadProgress } from '../protocol/progress.ts';
import type { RecommendedProduct } from '../protocol/product.ts';
import { checkActions, checkComparison, checkSource } from './check-answer-parts.ts';
import { useUi } from './ui-context.ts';

export interface UiMessage {
  id: number;
  role: 'shopper' | 'assistant';
  text: string;
  products?: RecommendedProduct[];
  actions?: NonNullable<AskResult['actions']>;
  source?: AnswerSource;
  comparison?: ComparisonTable;
  streaming?: boolean;
  failed?: boolean;
  /** A shopper's photo: the file just attached, or the stored thumbnail from the history. */
  photo?: Blob | PhotoThumbnail;
}

export function useChat(reloadKey: number) {
  const { api, t } = useUi();
  const [messages, setMessages] = useState<UiMessage[]>([]);
  const [busy, setBusy] = useState(false);
  const nextId = useRef(1);

  // The conversation so far (kept by the worker across pages); reloaded after "Erase".
  useEffect(() => {
    let live = true;
    api
      .chatHistory()
      .then((history) => {
        if (!live) return;
        setMessages(
          history.map((m) => ({
            id: nextId.current++,
            role: m.role,
            text: m.text,
            products: m.products,
            source: checkSource(m.source),
            comparison: checkComparison(m.comparison),
            actions: checkActions(m.actions),
            ...(m.photo ? { photo: m.photo } : {}),
          })),
        );
      })
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [reloadKey]);

  const update = (id: number, change: (m: UiMessage) => UiMessage) => setMessages((all) => all.map((m) => (m.id === id ? change(m) : m)));

  const send = async (text: string) => {
    const question = text.trim();
    if (!question || busy) return;
    const answerId = nextId.current + 1;
    setMessages((all) => [...all, { id: nextId.current, role: 'shopper', text: question }, { id: answerId, role: 'assistant', text: '', streaming: true }]);
    nextId.current += 2;
    setBusy(true);
    // Tokens travel on the proxy's own MessageChannel, so some can arrive after the final result:
    // once the answer has settled, late chunks are dropped (the final text already holds them).
    let settled = false;
    try {
      const onToken = proxy((chunk: string) => {
        if (!settled) update(answerId, (m) => ({ ...m, text: m.text + chunk }));
      });
      const result = await api.ask(question, onToken);
      settled = true;
      update(answerId, () => ({ id: answerId, role: 'assistant', text: result.text, products: result.products, actions: result.actions ?? [], source: result.source, comparison: result.comparison }));
    } catch {
      settled = true;
      update(answerId, () => ({ id: answerId, role: 'assistant', text: t.chatFailed, failed: true }));
    } finally {
      setBusy(false);
    }
  };

  /** A photo question (photo-attach.tsx): the shopper's bubble shows the photo, the answer settles like any other. */
  const sendPhoto = async (photo: Blob, onProgress: (p: LoadProgress) => void) => {
    if (busy) return;
    const answerId = nextId.current + 1;
    setMessages((all) => [...all, { id: nextId.current, role: 'shopper', text: t.photoSent, photo }, { id: answerId, role: 'assistant', text: '', streaming: true }]);
    nextId.current += 2;
    setBusy(true);
    try {
      const result = await api.askPhoto(photo, proxy(onProgress));
      update(answerId, () => ({ id: answerId, role: 'assistant', text: result.text, products: result.products, actions: result.actions ?? [] }));
    } catch {
      update(answerId, () => ({ id: answerId, role: 'assistant', text: t.photoFailed, failed: true }));
    } finally {
      setBusy(false);
    }
  };

  return { messages, busy, send, sendPhoto };
}
