// Tags whose text keeps a 4.5:1 contrast (WCAG 1.4.3): antd's preset green/orange tags fall short of it.
import { Tag } from 'antd';
import type { ReactNode } from 'react';
import { t } from '../../../app/i18n.ts';
import type { VersionStatus } from '../admin-api.ts';

export type Tone = 'blue' | 'orange' | 'green' | 'grey' | 'red';

const TONES: Record<Tone, { color: string; background: string; borderColor: string }> = {
  blue: { color: '#0b4ba8', background: '#e6f4ff', borderColor: '#91caff' },
  orange: { color: '#873800', background: '#fff7e6', borderColor: '#ffc069' },
  green: { color: '#135200', background: '#f6ffed', borderColor: '#95de64' },
  grey: { color: '#434343', background: '#fafafa', borderColor: '#d9d9d9' },
  red: { color: '#a8071a', background: '#fff1f0', borderColor: '#ffa39e' },
};

export function ToneTag({ tone, children, title }: { tone: Tone; children: ReactNode; title?: string }) {
  return (
    <Tag style={{ ...TONES[tone], marginInlineEnd: 4, whiteSpace: 'normal' }} title={title}>
      {children}
    </Tag>
  );
}

export function statusTone(status: VersionStatus): Tone {
  switch (status) {
    case 'draft':
      return 'blue';
    case 'in_review':
      return 'orange';
    case 'published':
      return 'green';
    case 'superseded':
      return 'grey';
  }
}

export function StatusTag({ status, label }: { status: VersionStatus; label?: string }) {
  return <ToneTag tone={statusTone(status)}>{label ?? t(`admin.status.${status}`)}</ToneTag>;
}

/** 示例缺陷：… — the demo item was made wrong on purpose so the scorecard has something to show. */
export function DemoFlawTag({ flaw }: { flaw: string | null | undefined }) {
  if (!flaw) return null;
  return <ToneTag tone="red">{flaw}</ToneTag>;
}

export function formatDateTime(value: string | null | undefined): string {
  if (!value) return '—';
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  return date.toLocaleString('zh-CN', { hour12: false });
}
