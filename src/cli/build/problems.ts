// CLI build: the list of input problems every reader adds to. Each names file, line (or record), field,
// what was expected and the fix; `aisle build` prints them and decides the exit code from them.

export interface Where {
  file: string;
  /** 1-based line in the source file, when known. */
  line?: number;
  /** 1-based record number, for sources without useful lines. */
  record?: number;
}

export type Severity = 'error' | 'warning';

export interface Problem {
  where: Where;
  field?: string;
  message: string;
  /** error: the row (or file) was skipped; warning: the row was kept without the bad value. */
  severity: Severity;
}

export function formatWhere(where: Where): string {
  if (where.line !== undefined) return `${where.file}:${where.line}`;
  if (where.record !== undefined) return `${where.file}: record ${where.record}`;
  return where.file;
}

export function formatProblem(p: Problem | Note): string {
  const field = p.field ? ` field "${p.field}":` : '';
  return `${formatWhere(p.where)}:${field} ${p.message}`;
}

/** Something the merchant should know that is not a fault in a row: products the feed marks as not for sale. */
export type Note = Omit<Problem, 'severity'>;

export class Problems {
  readonly list: Problem[] = [];
  /** Printed with the summary; never an error, never fails `--strict`. */
  readonly notes: Note[] = [];

  note(where: Where, field: string | undefined, message: string): void {
    this.notes.push({ where, field, message });
  }

  error(where: Where, field: string | undefined, message: string): void {
    this.list.push({ where, field, message, severity: 'error' });
  }

  warn(where: Where, field: string | undefined, message: string): void {
    this.list.push({ where, field, message, severity: 'warning' });
  }

  get errors(): number {
    return this.list.filter((p) => p.severity === 'error').length;
  }

  get warnings(): number {
    return this.list.filter((p) => p.severity === 'warning').length;
  }
}

/** Thrown when a whole input cannot be used (unreadable, truncated, empty); the message is complete. */
export class InputError extends Error {
  override name = 'AisleInputError';
}
