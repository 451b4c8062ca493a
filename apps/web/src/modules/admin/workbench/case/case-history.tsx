// 办理记录: the case's append-only event log as a timeline — who did what, when, into which state, and what
// they recorded (opinions, reasons, correction items, hand-over).
import { Timeline, Typography } from 'antd';
import { t } from '../../../../app/i18n.ts';
import type { CaseEventView } from '../../../cases/case-api.ts';
import { formatDateTime } from '../../shell/status-tag.tsx';
import { eventDetails } from '../case-format.ts';
import { Section } from './section.tsx';

const COLOUR: Record<string, string> = {
  refuse: 'red',
  deny: 'red',
  terminate: 'red',
  request_correction: 'orange',
  approve: 'green',
  accept: 'green',
  close: 'gray',
};

export function CaseHistory({ events }: { events: readonly CaseEventView[] }) {
  return (
    <Section title={t('admin.work.history.title')}>
      <Timeline
        items={events.map((event) => ({
          key: event.seq,
          color: COLOUR[event.action] ?? 'blue',
          content: (
            <div>
              <Typography.Text type="secondary" style={{ marginInlineEnd: 8 }}>
                {formatDateTime(event.at)}
              </Typography.Text>
              <Typography.Text strong>{event.actionLabel}</Typography.Text>
              <Typography.Text>
                {t('admin.work.history.by', { who: event.actorLabel, state: event.toStateLabel })}
              </Typography.Text>
              {eventDetails(event).map((line) => (
                <div key={line} style={{ whiteSpace: 'pre-wrap' }}>
                  {line}
                </div>
              ))}
            </div>
          ),
        }))}
      />
    </Section>
  );
}
