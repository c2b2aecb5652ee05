// CLI eval: command-line options of `eval-rec`, checked with messages that name the bad value.

export interface EvalArgs {
  data: string;
  protocols: Array<'llmrank' | 'full'>;
  json: boolean;
  /** Search blend weights on the validation split before testing. */
  tune: boolean;
  /** Users in the full-ranking protocol (default: those of the .random file). */
  users: number | null;
  /** Table build options changed from the eval's defaults. */
  tables: { maxNeighbours?: number; minSupport?: number };
  /** The next-item model's training options changed from the build's (`--next-item-epochs 0`: no model). */
  nextItem: { epochs?: number };
  /** Which split's tables and targets are measured: test (the default) or valid (for tuning by hand). */
  split: 'test' | 'valid';
}

const USAGE = 'usage: eval-rec --data <dir> [--protocol llmrank|full] [--split test|valid] [--json] [--tune] [--users N] [--neighbours N] [--min-support N] [--next-item-epochs N]';

export function parseEvalArgs(argv: string[]): EvalArgs {
  const out: EvalArgs = { data: '', protocols: ['llmrank', 'full'], json: false, tune: false, users: null, tables: {}, nextItem: {}, split: 'test' };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const value = (): string => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${a} needs a value; ${USAGE}`);
      return v;
    };
    if (a === '--data') out.data = value();
    else if (a === '--json') out.json = true;
    else if (a === '--tune') out.tune = true;
    else if (a === '--protocol') {
      const p = value();
      if (p !== 'llmrank' && p !== 'full') throw new Error(`--protocol "${p}" is not a protocol; use llmrank or full`);
      out.protocols = [p];
    } else if (a === '--users') {
      const n = Number(value());
      if (!Number.isInteger(n) || n < 1) throw new Error(`--users ${argv[i]} must be a whole number ≥ 1`);
      out.users = n;
    } else if (a === '--neighbours' || a === '--min-support') {
      const n = Number(value());
      if (!Number.isInteger(n) || n < 1) throw new Error(`${a} ${argv[i]} must be a whole number ≥ 1`);
      out.tables[a === '--neighbours' ? 'maxNeighbours' : 'minSupport'] = n;
    } else if (a === '--next-item-epochs') {
      const n = Number(value());
      if (!Number.isInteger(n) || n < 0) throw new Error(`--next-item-epochs ${argv[i]} must be a whole number ≥ 0 (0: no model)`);
      out.nextItem.epochs = n;
    } else if (a === '--split') {
      const v = value();
      if (v !== 'test' && v !== 'valid') throw new Error(`--split "${v}" is not a split; use test or valid`);
      out.split = v;
    } else throw new Error(`unknown option "${a}"; ${USAGE}`);
  }
  if (!out.data) throw new Error(`--data is required; ${USAGE}`);
  return out;
}
