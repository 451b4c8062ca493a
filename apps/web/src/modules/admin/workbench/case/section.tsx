// A card whose title is a real heading (h2), so the case page reads as an outline to screen readers.
import { Card } from 'antd';
import type { ReactNode } from 'react';

export function Section({
  title,
  extra,
  children,
  id,
}: {
  title: string;
  extra?: ReactNode;
  children: ReactNode;
  id?: string;
}) {
  return (
    <Card
      id={id}
      size="small"
      style={{ marginBottom: 16 }}
      title={<h2 style={{ fontSize: 16, margin: 0, fontWeight: 600 }}>{title}</h2>}
      extra={extra}
    >
      {children}
    </Card>
  );
}
