// The README's CSP and Trusted Types directives are exactly the ones the browser suite serves
// (test/support/documented-csp.ts), so what a merchant copies is what was tested.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DOCUMENTED_CSP, DOCUMENTED_TRUSTED_TYPES } from '../support/documented-csp.ts';

const readme = readFileSync(join(import.meta.dirname, '../../README.md'), 'utf8');
const codeLines = [...readme.matchAll(/```[^\n]*\n([\s\S]*?)```/g)].flatMap((m) => m[1]!.split('\n').map((l) => l.trim()));

describe('README: Content Security Policy', () => {
  it('states the tested policy verbatim, as a header line', () => {
    expect(codeLines).toContain(`Content-Security-Policy: ${DOCUMENTED_CSP}`);
  });
  it('states the tested Trusted Types directives verbatim', () => {
    expect(codeLines).toContain(DOCUMENTED_TRUSTED_TYPES);
  });
});
