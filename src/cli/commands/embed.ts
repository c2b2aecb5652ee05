// CLI: `aisle embed [--model NAME] TEXT...` or `--stdin` (one text per line) prints one embedding per
// text as JSON, in order. Uses the same Node embedder as `aisle build`; models/generated/<NAME>.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { GENERATED_DIR } from '../models/model-paths.ts';
import { DEFAULT_MODEL } from '../../protocol/config.ts';

const USAGE = `Usage: aisle embed [--model NAME] TEXT...
       aisle embed [--model NAME] --stdin        (one text per line)

Prints a JSON array with one embedding (array of numbers) per text, in order.
  --model NAME   a folder of models/generated/ (default use-lite-int8; build them with \`npm run models\`)
  --stdin        read the texts from standard input instead of the arguments`;

interface EmbedArgs {
  model: string;
  stdin: boolean;
  texts: string[];
}

function parse(argv: string[]): EmbedArgs | string {
  const args: EmbedArgs = { model: DEFAULT_MODEL, stdin: false, texts: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--') {
      args.texts.push(...argv.slice(i + 1));
      break;
    }
    if (a === '--stdin') args.stdin = true;
    else if (a === '--model' || a.startsWith('--model=')) {
      const value = a === '--model' ? argv[++i] : a.slice('--model='.length);
      if (!value) return '--model needs a name, e.g. --model use-lite-int8';
      args.model = value;
    } else if (a.startsWith('--')) return `unknown option ${a}; the options are --model NAME and --stdin`;
    else args.texts.push(a);
  }
  if (args.stdin && args.texts.length > 0) return 'give texts either as arguments or with --stdin, not both';
  if (!args.stdin && args.texts.length === 0) return 'no text given';
  return args;
}

async function readStdin(): Promise<string[]> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  const lines = text.split(/\r?\n/);
  // A final newline ends the last line; it does not start an empty text.
  if (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  return lines;
}

function available(): string[] {
  if (!existsSync(GENERATED_DIR)) return [];
  return readdirSync(GENERATED_DIR).filter((d) => existsSync(join(GENERATED_DIR, d, 'aisle-model.json')));
}

export async function embedCommand(argv: string[]): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const args = parse(argv);
  if (typeof args === 'string') {
    process.stderr.write(`aisle embed: ${args}\n\n${USAGE}\n`);
    return 2;
  }
  if (!existsSync(join(GENERATED_DIR, args.model, 'aisle-model.json'))) {
    const names = available();
    process.stderr.write(`aisle embed: no model '${args.model}' in ${GENERATED_DIR}; ${names.length ? `available: ${names.join(', ')}` : 'run `npm run models` to build them'}\n`);
    return 1;
  }
  const texts = args.stdin ? await readStdin() : args.texts;
  const { loadNodeEmbedder } = await import('../models/node-embedder.ts');
  const embedder = await loadNodeEmbedder(args.model);
  try {
    const rows: Float32Array[] = [];
    for (let i = 0; i < texts.length; i += 64) rows.push(...(await embedder.embed(texts.slice(i, i + 64))));
    process.stdout.write(`[${rows.map((r) => JSON.stringify(Array.from(r))).join(',\n')}]\n`);
    return 0;
  } catch (err) {
    process.stderr.write(`aisle embed: ${err instanceof Error ? err.message : String(err)}\n`);
    return 1;
  } finally {
    await embedder.dispose();
  }
}
