// May an item be applied for online (网办深度 二级 and above, with the channel open)? Pure, shared by the
// portal's and the phone's guide pages; the API decides again (createOnlineCase).
import type { Guide } from '@msb/contracts';

export type ApplyAvailability = { ok: true } | { ok: false; reason: 'maturity' | 'channel' };

export function applyAvailability(
  guide: Pick<Guide, 'maturity' | 'channels'>,
  channel: 'web' | 'phone',
): ApplyAvailability {
  // 指标4–6: 一级 only publishes the guide; applications start at 二级
  if (guide.maturity === 'I') return { ok: false, reason: 'maturity' };
  const open = channel === 'web' ? guide.channels.includes('web') : guide.channels.includes('mobile');
  return open ? { ok: true } : { ok: false, reason: 'channel' };
}
