// CLI entry: `aisle <command>` → the command modules. Commands load lazily so `aisle build` never pays
// for the encoder code that `aisle embed` pulls in. Exit codes: 0 ok, 1 failure, 2 usage.
import { readFileSync } from 'node:fs';

const USAGE = `Aisle: build the static catalog index your shop serves to the Aisle widget.

Usage:
  aisle build --feed products.json --out public/aisle/index [--orders orders.csv] [--faq faq.md] [...]
  aisle inspect public/aisle/index
  aisle describe --feed products.json --out drafts.csv [--images]   (draft missing descriptions)
  aisle embed ...            (sentence embeddings; see aisle embed --help)
  aisle --help | --version

Run "aisle build --help" for every build option.`;

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case 'build':
      return (await import('./commands/build.ts')).buildCommand(rest);
    case 'inspect':
      return (await import('./commands/inspect.ts')).inspectCommand(rest);
    case 'describe':
      return (await import('./commands/describe.ts')).describeCommand(rest);
    case 'embed': {
      const specifier = './commands/embed.ts';
      const mod = (await import(specifier)) as { embedCommand: (argv: string[]) => Promise<number> };
      return mod.embedCommand(rest);
    }
    case '--version':
    case '-v':
      process.stdout.write(`${version()}\n`);
      return 0;
    case '--help':
    case '-h':
    case 'help':
      process.stdout.write(`${USAGE}\n`);
      return 0;
    case undefined:
      process.stderr.write(`${USAGE}\n`);
      return 2;
    default:
      process.stderr.write(`aisle: unknown command "${command}"; the commands are build, inspect, describe and embed.\n\n${USAGE}\n`);
      return 2;
  }
}

function version(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  return `aisle ${pkg.version}`;
}
