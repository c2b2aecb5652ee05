// UI: where a policy answer came from, and the whole help-centre section behind a native disclosure
// (<details>: keyboard and screen-reader support for free). Rendered from AskResult.source, never from the text.
import type { AnswerSource as Source } from '../protocol/assistant.ts';
import { format } from './strings.ts';
import { useUi } from './ui-context.ts';

export function AnswerSource({ source }: { source: Source }) {
  const { t } = useUi();
  return (
    <details class="msg-source">
      <summary>
        <span class="msg-source-name">{format(t.answerSource, { section: source.section })}</span>
        <span class="msg-source-more">{t.seeWholeSection}</span>
      </summary>
      <p class="msg-source-text">{source.text}</p>
    </details>
  );
}
