// A submitted case as its applicant sees it: state, due dates (original and current, paused working days),
// the correction notice to answer, the documents to download (downloading the decision completes electronic
// delivery when the applicant chose download), the materials, the timeline, and 撤回申请.
import { CheckCircleOutlined, FilePdfOutlined } from '@ant-design/icons';
import { Alert, App, Button, Descriptions, Input, Modal, Result, Timeline } from 'antd';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { t } from '../../app/i18n.ts';
import { type CaseView, usePerformAction } from '../cases/case-api.ts';
import {
  correctionItemsOf,
  correctionLine,
  decisionCompletesDelivery,
  downloadFile,
  formatDate,
  formatDateTime,
  hasRunningClock,
  resubmitChecklist,
  withAddress,
} from '../cases/case-format.ts';
import { CaseMaterials } from './case-materials.tsx';
import { CommitmentPanel, MissingMaterialsPanel } from './case-obligations.tsx';
import { StateTag, WarningTag } from './case-tags.tsx';

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
    {
      key: 'received',
      label: t('case.receivedAt'),
      children: formatDateTime(view.receivedAt) || t('common.none'),
    },
    {
      key: 'accepted',
      label: t('case.acceptedOn'),
      children: formatDate(view.acceptedOn) || t('common.none'),
    },
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
    <section aria-labelledby="case-summary" className="portal-panel case-block">
      <h2 id="case-summary" className="portal-section-title">
        {t('case.summary')}
      </h2>
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
    </section>
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
    <section aria-labelledby="case-documents" className="portal-panel case-block">
      <h2 id="case-documents" className="portal-section-title">
        {t('case.documents')}
      </h2>
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
    </section>
  );
}

function Correction({ view }: { view: CaseView }) {
  const action = usePerformAction(view.id);
  const { message } = App.useApp();
  const items = correctionItemsOf(view);
  const notice = view.documents.find((d) => d.kind === 'correction');
  return (
    <section aria-labelledby="case-correction" className="portal-panel case-block case-correction">
      <h2 id="case-correction" className="portal-section-title">
        {t('case.correction')}
      </h2>
      <Alert
        type="warning"
        showIcon
        title={t('case.correctionIntro')}
        description={
          <ul className="case-problem-list">
            {items.map((item) => (
              <li key={`${item.materialId ?? ''}:${item.problem}`}>{correctionLine(item)}</li>
            ))}
          </ul>
        }
      />
      {notice && (
        <p className="case-block">
          <a href={notice.url} download>
            <FilePdfOutlined aria-hidden="true" /> {t('case.correctionNotice')}
          </a>
        </p>
      )}
      <CaseMaterials view={view} editable />
      {action.isError && (
        <Alert type="error" showIcon role="alert" className="case-block" title={action.error.message} />
      )}
      <div className="case-actions">
        <Button
          type="primary"
          loading={action.isPending}
          onClick={() =>
            action.mutate(
              { action: 'resubmit', body: { materialsChecklist: resubmitChecklist(view) } },
              { onSuccess: () => void message.success(t('case.resubmitted')) },
            )
          }
        >
          {t('case.resubmit')}
        </Button>
      </div>
    </section>
  );
}

function Withdraw({ view }: { view: CaseView }) {
  const [open, setOpen] = useState(false);
  const [comment, setComment] = useState('');
  const action = usePerformAction(view.id);
  const { message } = App.useApp();
  return (
    <>
      <Button danger onClick={() => setOpen(true)}>
        {t('case.withdraw')}
      </Button>
      <Modal
        open={open}
        title={t('case.withdrawTitle')}
        okText={t('case.withdrawConfirm')}
        cancelText={t('case.withdrawCancel')}
        okButtonProps={{ danger: true, loading: action.isPending }}
        onCancel={() => setOpen(false)}
        onOk={() =>
          action.mutate(
            { action: 'withdraw', body: comment.trim() ? { comment: comment.trim() } : {} },
            {
              onSuccess: () => {
                setOpen(false);
                void message.success(t('case.withdrawn'));
              },
            },
          )
        }
      >
        <p>{t('case.withdrawIntro')}</p>
        <label htmlFor="case-withdraw-comment" className="case-label">
          {t('case.withdrawComment')}
        </label>
        <Input.TextArea
          id="case-withdraw-comment"
          rows={3}
          maxLength={2000}
          value={comment}
          onChange={(e) => setComment(e.target.value)}
        />
        {action.isError && <Alert type="error" showIcon role="alert" title={action.error.message} />}
      </Modal>
    </>
  );
}

export function CaseDetail({ view, onRefresh }: { view: CaseView; onRefresh: () => void }) {
  const [params] = useSearchParams();
  const justSubmitted = params.get('submitted') === '1' && view.caseNumber;
  const receipt = view.documents.find((d) => d.kind === 'receipt');
  return (
    <div className="case-detail">
      {justSubmitted && (
        <Result
          className="portal-panel case-block"
          status="success"
          icon={<CheckCircleOutlined aria-hidden="true" />}
          title={<h2 className="portal-section-title">{t('case.submittedTitle')}</h2>}
          subTitle={
            <>
              <p className="case-number-line">
                {t('case.submittedNumber', { number: view.caseNumber ?? '' })}
              </p>
              <p>{receipt ? t('case.submittedAccepted') : t('case.submittedWaiting')}</p>
            </>
          }
          extra={[
            receipt ? (
              <Button
                key="receipt"
                type="primary"
                href={receipt.url}
                download
                icon={<FilePdfOutlined aria-hidden="true" />}
              >
                {t('case.downloadReceipt')}
              </Button>
            ) : null,
            <Link key="mine" to="/my/cases">
              {t('case.toMyCases')}
            </Link>,
          ]}
        />
      )}
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
        <section aria-labelledby="case-materials" className="portal-panel case-block">
          <h2 id="case-materials" className="portal-section-title">
            {t('case.materialsOnFile')}
          </h2>
          <CaseMaterials view={view} editable={false} />
        </section>
      )}
      <section aria-labelledby="case-timeline" className="portal-panel case-block">
        <h2 id="case-timeline" className="portal-section-title">
          {t('case.timeline')}
        </h2>
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
      </section>
      {view.actions.some((a) => a.action === 'withdraw') && (
        <div className="case-actions">
          <Withdraw view={view} />
        </div>
      )}
    </div>
  );
}
