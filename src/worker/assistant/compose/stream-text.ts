// Assistant, answers: streams a finished answer to the UI in word groups, so the chat fills in as it would
// with a generator while `AskResult.text` stays exactly the concatenation of the chunks.

const WORDS_PER_CHUNK = 3;

/** Splits text into chunks of a few words (whitespace kept with the word before it). */
export function chunkText(text: string, wordsPerChunk = WORDS_PER_CHUNK): string[] {
  const pieces = text.match(/\S+\s*|\s+/g) ?? [];
  const chunks: string[] = [];
  for (let i = 0; i < pieces.length; i += wordsPerChunk) chunks.push(pieces.slice(i, i + wordsPerChunk).join(''));
  return chunks;
}

/** Sends every chunk to `onToken`, yielding between chunks so the worker can post each one. */
export async function streamText(text: string, onToken?: (chunk: string) => void): Promise<string> {
  if (!onToken) return text;
  for (const chunk of chunkText(text)) {
    onToken(chunk);
    await Promise.resolve();
  }
  return text;
}
