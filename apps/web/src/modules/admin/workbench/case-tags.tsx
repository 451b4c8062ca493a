// Tags of the work lists and the case page: state, time-limit warning (colour with words), and the
// 第三十二条 flag — in the contrast-safe tones of the admin shell.

import { t } from '../../../app/i18n.ts';
import type { CaseState, ClockWarning } from '../../cases/case-api.ts';
import { ToneTag } from '../shell/status-tag.tsx';
import { stateTone, warningTag } from './case-format.ts';

export function StateTag({ state, label }: { state: CaseState; label: string }) {
  return <ToneTag tone={stateTone(state)}>{label}</ToneTag>;
}

export function WarningTag({ warning, remaining }: { warning: ClockWarning; remaining: number | null }) {
  const tag = warningTag(warning, remaining);
  return <ToneTag tone={tag.tone}>{tag.label}</ToneTag>;
}

/** 行政许可法 第三十二条: no correction notice within five working days — accepted from receipt. */
export function Art32Tag({ overdue, deemed }: { overdue: boolean; deemed: boolean }) {
  if (overdue) return <ToneTag tone="red">{t('admin.work.art32Overdue')}</ToneTag>;
  if (deemed) return <ToneTag tone="red">{t('admin.work.deemedAccepted')}</ToneTag>;
  return null;
}
