// 办理时限: the due dates now and as computed at acceptance (pauses and extensions move them), the paused
// working days, what is left with its warning; before acceptance, the five-day correction deadline.
import { Alert, Descriptions, type DescriptionsProps } from 'antd';
import { t } from '../../../../app/i18n.ts';
import type { CaseView } from '../../../cases/case-api.ts';
import { formatDate } from '../case-format.ts';
import { WarningTag } from '../case-tags.tsx';
import { Section } from './section.tsx';

const withOriginal = (current: string, original: string) =>
  current === original ? current : t('admin.work.clock.moved', { current, original });

export function CaseClock({ view }: { view: CaseView }) {
  const clock = view.clock;
  let items: NonNullable<DescriptionsProps['items']>;
  if (!clock) {
    items = [
      {
        key: 'received',
        label: t('admin.work.clock.correctionDue'),
        children: formatDate(view.correctionDue),
      },
      {
        key: 'notice',
        label: t('admin.work.clock.correctionNoticeOn'),
        children: formatDate(view.correctionNoticeOn),
      },
    ];
  } else {
    items = [
      {
        key: 'promised',
        label: t('admin.work.col.promisedDue'),
        children: withOriginal(clock.promisedDue, clock.originalPromisedDue),
      },
      {
        key: 'legal',
        label: t('admin.work.col.legalDue'),
        children: withOriginal(clock.legalDue, clock.originalLegalDue),
      },
      {
        key: 'paused',
        label: t('admin.work.clock.paused'),
        children: t('admin.work.clock.days', { n: clock.pausedWorkdays }),
      },
      {
        key: 'warning',
        label: t('admin.work.col.warning'),
        children: (
          <WarningTag warning={clock.warning} remaining={view.closedAt ? null : clock.remainingWorkdays} />
        ),
      },
    ];
  }
  return (
    <Section title={t('admin.work.clock.title')}>
      {clock?.clockStopped ? (
        <Alert type="info" showIcon title={t('admin.work.clock.stopped')} style={{ marginBottom: 12 }} />
      ) : null}
      {clock?.legalOverdue ? (
        <Alert
          type="error"
          showIcon
          title={t('admin.work.clock.legalOverdue')}
          style={{ marginBottom: 12 }}
        />
      ) : null}
      {!clock && !view.acceptedOn ? (
        <Alert type="info" showIcon title={t('admin.work.clock.notStarted')} style={{ marginBottom: 12 }} />
      ) : null}
      <Descriptions
        size="small"
        bordered
        column={1}
        items={items}
        styles={{ label: { whiteSpace: 'nowrap' } }}
      />
    </Section>
  );
}
