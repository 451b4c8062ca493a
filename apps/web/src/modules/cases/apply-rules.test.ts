import { describe, expect, it } from 'vitest';
import { applyAvailability } from './apply-rules.ts';

describe('applying online from the guide', () => {
  it.each([
    ['I', ['web', 'mobile', 'window'], 'web', { ok: false, reason: 'maturity' }],
    ['II', ['web', 'window'], 'web', { ok: true }],
    ['II', ['web', 'window'], 'phone', { ok: false, reason: 'channel' }],
    ['IV', ['mobile', 'window'], 'web', { ok: false, reason: 'channel' }],
    ['IV', ['mobile', 'window'], 'phone', { ok: true }],
    ['III', ['window'], 'web', { ok: false, reason: 'channel' }],
  ] as const)('maturity %s, channels %j, %s', (maturity, channels, channel, expected) => {
    expect(applyAvailability({ maturity, channels: [...channels] }, channel)).toEqual(expected);
  });
});
