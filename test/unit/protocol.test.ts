import { describe, expect, it } from 'vitest';
import { aisleError, ERROR_NAMES } from '../../src/protocol/errors.ts';

describe('protocol errors', () => {
  it('carry their name so callers across the worker boundary can switch on it', () => {
    const err = aisleError(ERROR_NAMES.indexFormat, 'index format 9 is not supported');
    expect(err.name).toBe('AisleIndexFormatError');
    expect(err.message).toContain('format 9');
  });
});
