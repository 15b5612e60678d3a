import { describe, expect, it } from 'vitest';
import { ERROR_CODES } from '../src/errors.ts';

describe('error codes', () => {
  it('are unique', () => {
    expect(new Set(ERROR_CODES).size).toBe(ERROR_CODES.length);
  });
});
