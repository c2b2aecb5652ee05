// Assistant, answers: the one sentence for a message that is not English (the encoder and the catalog are),
// in the shopper's language where the widget has it, else in English. Never a greeting or a search.

const NOT_ENGLISH: Record<string, string> = {
  en: "Sorry, I can only understand English for now, so please ask me in English and I'll help.",
  fr: "Désolé, je ne comprends que l'anglais pour l'instant : posez-moi votre question en anglais et je vous aiderai.",
  de: 'Entschuldigung, ich verstehe im Moment nur Englisch: Stellen Sie Ihre Frage bitte auf Englisch, dann helfe ich gern.',
  es: 'Lo siento, por ahora solo entiendo inglés: hazme tu pregunta en inglés y te ayudaré.',
  it: "Mi dispiace, per ora capisco solo l'inglese: fammi la domanda in inglese e ti aiuterò.",
  pt: 'Desculpe, por enquanto só entendo inglês: faça a sua pergunta em inglês e eu ajudo.',
  nl: 'Sorry, ik begrijp voorlopig alleen Engels: stel je vraag in het Engels, dan help ik je graag.',
  pl: 'Przepraszam, na razie rozumiem tylko angielski: zadaj pytanie po angielsku, a pomogę.',
  sv: 'Tyvärr förstår jag bara engelska än så länge: ställ din fråga på engelska så hjälper jag dig.',
  da: 'Beklager, jeg forstår kun engelsk indtil videre: stil dit spørgsmål på engelsk, så hjælper jeg.',
  ru: 'Извините, пока я понимаю только английский: задайте вопрос по-английски, и я помогу.',
  zh: '抱歉，我目前只能理解英语。请用英语提问，我会帮助您。',
  ja: '申し訳ありません。現在は英語のみ対応しています。英語でご質問いただければお手伝いします。',
  ko: '죄송합니다. 현재는 영어만 이해할 수 있습니다. 영어로 질문해 주시면 도와드리겠습니다.',
};

/** Languages the sentence exists in (the rest get English). */
export const NOT_ENGLISH_LANGUAGES = Object.keys(NOT_ENGLISH);

export function answerNotEnglish(language: string): string {
  return NOT_ENGLISH[language] ?? NOT_ENGLISH.en as string;
}
