#!/usr/bin/env node
// The `aisle` command (package.json "bin"): registers tsx so the TypeScript sources run as they are,
// then hands argv to main.ts and exits with its code.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('./main.ts');
try {
  process.exitCode = await main(process.argv.slice(2));
} catch (err) {
  process.stderr.write(`aisle: ${err instanceof Error ? err.stack ?? err.message : String(err)}\n`);
  process.exitCode = 1;
}
