// A case's state, its clock warning and other small labels as tags whose text keeps a 4.5:1 contrast
// (WCAG 1.4.3; antd's preset green and orange tags fall short of it).
import { Tag } from 'antd';
import type { ReactNode } from 'react';
import { t } from '../../app/i18n.ts';
import type { CaseState, ClockWarning } from '../cases/case-api.ts';
import { stateTone, type Tone, warningTone } from '../cases/case-format.ts';

const TONES: Record<Tone, { color: string; background: string; borderColor: string }> = {
  neutral: { color: '#434343', background: '#fafafa', borderColor: '#d9d9d9' },
  progress: { color: '#0b4ba8', background: '#e6f4ff', borderColor: '#91caff' },
  attention: { color: '#873800', background: '#fff7e6', borderColor: '#ffc069' },
  success: { color: '#135200', background: '#f6ffed', borderColor: '#95de64' },
  danger: { color: '#a8071a', background: '#fff1f0', borderColor: '#ffa39e' },
};

export function ToneTag({ tone, children }: { tone: Tone; children: ReactNode }) {
  return <Tag style={{ ...TONES[tone], whiteSpace: 'normal' }}>{children}</Tag>;
}

export function StateTag({ state, label }: { state: CaseState; label: string }) {
  return <ToneTag tone={stateTone(state)}>{label}</ToneTag>;
}

export function WarningTag({ warning }: { warning: ClockWarning }) {
  return <ToneTag tone={warningTone(warning)}>{t(`case.warning.${warning}`)}</ToneTag>;
}
