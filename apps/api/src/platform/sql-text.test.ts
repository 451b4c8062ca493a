import { describe, expect, it } from 'vitest';
import { likeContaining } from './sql-text.ts';

describe('likeContaining', () => {
  it.each([
    ['营业执照', '%营业执照%'],
    ['50%', '%50\\%%'],
    ['a_b', '%a\\_b%'],
    ['c:\\d', '%c:\\\\d%'],
  ])('%s → %s', (input, pattern) => expect(likeContaining(input)).toBe(pattern));
});
