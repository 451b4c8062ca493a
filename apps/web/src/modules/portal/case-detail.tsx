// A submitted case as its applicant sees it: state, due dates (original and current, paused working days),
// the correction notice to answer, the documents to download (downloading the decision completes electronic
// delivery when the applicant chose download), the materials, the timeline, and 撤回申请.
import { FilePdfOutlined } from '@ant-design/icons';
import { Alert, App, Button, Descriptions, Timeline } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { t } from '../../app/i18n.ts';
import type { CaseView } from '../cases/case-api.ts';
import {
  decisionCompletesDelivery,
  downloadFile,
  formatDateTime,
  hasRunningClock,
  intakeDates,
  withAddress,
} from '../cases/case-format.ts';
import { useCaseCorrection, useCaseWithdraw } from '../cases/use-case-progress.ts';
import { CaseMaterials } from './case-materials.tsx';
import { CommitmentPanel, MissingMaterialsPanel } from './case-obligations.tsx';
import { StateTag, WarningTag } from './case-tags.tsx';
import { CorrectionPanel, DetailPanel, SubmittedResult, WithdrawAction } from './detail-panels.tsx';

function changed(due: string, original: string, key: 'case.promisedDueChanged' | 'case.legalDueChanged') {
  return due === original ? due : t(key, { due, original });
}

function Summary({ view }: { view: CaseView }) {
  const clock = view.clock;
  const items = [
    { key: 'number', label: t('case.number'), children: view.caseNumber ?? t('case.noNumber') },
    {
      key: 'state',
      label: t('case.state'),
      children: <StateTag state={view.state} label={view.stateLabel} />,
    },
    { key: 'org', label: t('case.org'), children: view.org.name },
    { key: 'channel', label: t('case.channel'), children: view.channelLabel },
    { key: 'applicant', label: t('case.applicant'), children: view.applicant.name },
    ...intakeDates(view).map((d) => ({ key: d.key, label: d.label, children: d.text })),
    {
      key: 'delivery',
      label: t('case.deliveryChosen'),
      children: withAddress(
        view.deliveryOptions.find((o) => o.value === view.deliveryPreference)?.label ?? t('common.none'),
        view.deliveryPreference === 'post' ? view.postalAddress : null,
      ),
    },
  ];
  if (view.decidedAt)
    items.push({ key: 'decided', label: t('case.decidedAt'), children: formatDateTime(view.decidedAt) });
  if (view.deliveredAt)
    items.push({
      key: 'delivered',
      label: t('case.deliveredAt'),
      children: formatDateTime(view.deliveredAt),
    });
  if (view.closedAt)
    items.push({ key: 'closed', label: t('case.closedAt'), children: formatDateTime(view.closedAt) });
  return (
    <DetailPanel id="case-summary" title={t('case.summary')}>
      <Descriptions bordered size="small" column={{ xs: 1, md: 2 }} items={items} />
      <h3 className="portal-subtitle case-block">{t('case.clock')}</h3>
      {clock ? (
        <Descriptions
          bordered
          size="small"
          column={{ xs: 1, md: 2 }}
          items={[
            {
              key: 'promised',
              label: t('case.promisedDue'),
              children: (
                <span>
                  {changed(clock.promisedDue, clock.originalPromisedDue, 'case.promisedDueChanged')}{' '}
                  {hasRunningClock(view) && <WarningTag warning={clock.warning} />}
                </span>
              ),
            },
            {
              key: 'legal',
              label: t('case.legalDue'),
              children: changed(clock.legalDue, clock.originalLegalDue, 'case.legalDueChanged'),
            },
            {
              key: 'paused',
              label: t('case.paused'),
              children: t('case.pausedDays', { n: clock.pausedWorkdays }),
            },
            ...(hasRunningClock(view)
              ? [
                  {
                    key: 'remaining',
                    label: t('case.remaining'),
                    children: t('case.remainingDays', { n: clock.remainingWorkdays }),
                  },
                ]
              : []),
          ]}
        />
      ) : (
        <p>{t('case.clockNone')}</p>
      )}
    </DetailPanel>
  );
}

function Documents({ view, onDelivered }: { view: CaseView; onDelivered: () => void }) {
  const { message } = App.useApp();
  const [busy, setBusy] = useState<string | null>(null);
  const fetchAndSave = async (url: string, label: string, kind: string) => {
    setBusy(kind);
    try {
      await downloadFile(url, `${label}-${view.caseNumber ?? view.id}.pdf`);
      onDelivered();
    } catch (e) {
      void message.error(t('case.downloadFailed', { message: e instanceof Error ? e.message : String(e) }));
    } finally {
      setBusy(null);
    }
  };
  return (
    <DetailPanel id="case-documents" title={t('case.documents')}>
      {view.documents.length === 0 ? (
        <p>{t('case.documentsNone')}</p>
      ) : (
        <ul className="case-documents">
          {view.documents.map((d) =>
            d.kind === 'decision' && decisionCompletesDelivery(view) ? (
              <li key={d.kind}>
                <Button
                  type="primary"
                  icon={<FilePdfOutlined aria-hidden="true" />}
                  loading={busy === d.kind}
                  onClick={() => void fetchAndSave(d.url, d.label, d.kind)}
                >
                  {t('case.documentDownload', { label: d.label })}
                </Button>
                <span className="case-help">{t('case.decisionDelivers')}</span>
              </li>
            ) : (
              <li key={d.kind}>
                <a href={d.url} download={`${d.label}-${view.caseNumber ?? view.id}.pdf`}>
                  <FilePdfOutlined aria-hidden="true" /> {t('case.documentDownload', { label: d.label })}
                </a>
              </li>
            ),
          )}
        </ul>
      )}
    </DetailPanel>
  );
}

function Correction({ view }: { view: CaseView }) {
  const notice = view.documents.find((d) => d.kind === 'correction');
  return (
    <CorrectionPanel id="case-correction" intro={t('case.correctionIntro')} {...useCaseCorrection(view)}>
      {notice && (
        <p className="case-block">
          <a href={notice.url} download>
            <FilePdfOutlined aria-hidden="true" /> {t('case.correctionNotice')}
          </a>
        </p>
      )}
      <CaseMaterials view={view} editable />
    </CorrectionPanel>
  );
}

function Withdraw({ view }: { view: CaseView }) {
  return (
    <WithdrawAction
      title={t('case.withdrawTitle')}
      intro={t('case.withdrawIntro')}
      inputId="case-withdraw-comment"
      {...useCaseWithdraw(view)}
    />
  );
}

export function CaseDetail({ view, onRefresh }: { view: CaseView; onRefresh: () => void }) {
  const receipt = view.documents.find((d) => d.kind === 'receipt');
  return (
    <div className="case-detail">
      <SubmittedResult
        title={t('case.submittedTitle')}
        caseNumber={view.caseNumber}
        note={receipt ? t('case.submittedAccepted') : t('case.submittedWaiting')}
        receiptUrl={receipt?.url}
      />
      {view.bundle && (
        <Alert
          type="info"
          showIcon
          className="case-block"
          title={
            view.bundle.name ? t('bundle.memberOf', { name: view.bundle.name }) : t('bundle.memberOfBundle')
          }
          action={<Link to={`/bundle-cases/${view.bundle.id}`}>{t('bundle.openBundle')}</Link>}
        />
      )}
      <Summary view={view} />
      <MissingMaterialsPanel view={view} />
      <CommitmentPanel view={view} />
      {view.state === 'awaiting_correction' && <Correction view={view} />}
      <Documents view={view} onDelivered={onRefresh} />
      {view.state !== 'awaiting_correction' && (
        <DetailPanel id="case-materials" title={t('case.materialsOnFile')}>
          <CaseMaterials view={view} editable={false} />
        </DetailPanel>
      )}
      <DetailPanel id="case-timeline" title={t('case.timeline')}>
        <Timeline
          items={view.events.map((e) => ({
            key: e.seq,
            content: (
              <div className="case-event">
                <p className="case-event-title">
                  <time dateTime={e.at}>{formatDateTime(e.at)}</time>{' '}
                  {t('case.timelineBy', { actor: e.actorLabel, action: e.actionLabel })}
                </p>
                <p className="case-help">{t('case.timelineState', { state: e.toStateLabel })}</p>
                {e.comment && <p>{e.comment}</p>}
              </div>
            ),
          }))}
        />
      </DetailPanel>
      {view.actions.some((a) => a.action === 'withdraw') && <Withdraw view={view} />}
    </div>
  );
}
