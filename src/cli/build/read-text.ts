// CLI build: reads an input file as text. Strips a UTF-8 BOM; text that is not UTF-8 is reported with
// its line and read as Latin-1 (the usual spreadsheet export) so the rest of the feed still loads.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { InputError, type Problems } from './problems.ts';

export interface SourceText {
  /** Name used in messages: the file's base name. */
  name: string;
  text: string;
}

export function readText(path: string, problems: Problems): SourceText {
  const name = basename(path);
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a folder, not a file' : String((err as Error).message);
    throw new InputError(`${path}: cannot read (${why}); check the path`);
  }
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) bytes = bytes.subarray(3);
  try {
    return { name, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    const bad = firstInvalidUtf8(bytes);
    const line = countLines(bytes, bad);
    problems.warn(
      { file: name, line },
      undefined,
      `text is not UTF-8 (byte 0x${bytes[bad].toString(16).toUpperCase().padStart(2, '0')}); read the file as Latin-1. Save it as UTF-8 so every character comes out right`,
    );
    return { name, text: bytes.toString('latin1') };
  }
}

function countLines(bytes: Uint8Array, end: number): number {
  let line = 1;
  for (let i = 0; i < end; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

/** Offset of the first byte that breaks UTF-8 (lead byte or continuation out of place). */
function firstInvalidUtf8(b: Uint8Array): number {
  let i = 0;
  while (i < b.length) {
    const c = b[i];
    const need = c < 0x80 ? 0 : c >= 0xc2 && c < 0xe0 ? 1 : c >= 0xe0 && c < 0xf0 ? 2 : c >= 0xf0 && c < 0xf5 ? 3 : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) if (i + k >= b.length || (b[i + k] & 0xc0) !== 0x80) return i;
    i += need + 1;
  }
  return 0;
}
