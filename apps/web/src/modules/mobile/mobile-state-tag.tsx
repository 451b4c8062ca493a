// A case's state as an antd-mobile tag; outline colours keep 4.5:1 contrast on white (WCAG 1.4.3).
import { Tag } from 'antd-mobile';
import type { CaseState } from '../cases/case-api.ts';
import { stateTone, type Tone } from '../cases/case-format.ts';

export const TONE_COLOURS: Record<Tone, string> = {
  neutral: '#434343',
  progress: '#0b4ba8',
  attention: '#873800',
  success: '#135200',
  danger: '#a8071a',
};

export function MobileStateTag({ state, label }: { state: CaseState; label: string }) {
  return (
    <Tag color={TONE_COLOURS[stateTone(state)]} fill="outline" className="m-tag">
      {label}
    </Tag>
  );
}
