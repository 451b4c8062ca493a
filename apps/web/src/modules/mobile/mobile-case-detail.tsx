// A submitted case on the phone: state, due dates, correction notice to answer, documents, materials,
// timeline and 撤回申请 — the same facts as the portal's case page.
import { Button, NoticeBar, Steps, TextArea, Toast } from 'antd-mobile';
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
} from '../cases/case-format.ts';
import { MobileCaseMaterials } from './mobile-case-materials.tsx';
import { MobileStateTag } from './mobile-state-tag.tsx';

function Facts({ view }: { view: CaseView }) {
  const clock = view.clock;
  const rows: [string, string][] = [
    [t('case.number'), view.caseNumber ?? t('case.noNumber')],
    [t('case.org'), view.org.name],
    [t('case.receivedAt'), formatDateTime(view.receivedAt) || t('common.none')],
    [t('case.acceptedOn'), formatDate(view.acceptedOn) || t('common.none')],
    [
      t('case.deliveryChosen'),
      view.deliveryOptions.find((o) => o.value === view.deliveryPreference)?.label ?? t('common.none'),
    ],
  ];
  if (clock) {
    rows.push([
      t('case.promisedDue'),
      clock.promisedDue === clock.originalPromisedDue
        ? clock.promisedDue
        : t('case.promisedDueChanged', { due: clock.promisedDue, original: clock.originalPromisedDue }),
    ]);
    rows.push([t('case.legalDue'), clock.legalDue]);
    rows.push([t('case.paused'), t('case.pausedDays', { n: clock.pausedWorkdays })]);
    if (hasRunningClock(view)) {
      rows.push([
        t('case.remaining'),
        t('text.withNote', {
          text: t('case.remainingDays', { n: clock.remainingWorkdays }),
          note: t(`case.warning.${clock.warning}`),
        }),
      ]);
    }
  }
  if (view.closedAt) rows.push([t('case.closedAt'), formatDateTime(view.closedAt)]);
  return (
    <section className="m-card" aria-labelledby="m-case-facts">
      <h2 id="m-case-facts" className="m-section-title">
        {t('case.summary')}
      </h2>
      <dl className="m-facts">
        {rows.map(([k, v]) => (
          <div key={k} className="m-fact">
            <dt>{k}</dt>
            <dd>{v}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

function Documents({ view, onDelivered }: { view: CaseView; onDelivered: () => void }) {
  const [busy, setBusy] = useState(false);
  return (
    <section className="m-card" aria-labelledby="m-case-docs">
      <h2 id="m-case-docs" className="m-section-title">
        {t('case.documents')}
      </h2>
      {view.documents.length === 0 ? (
        <p className="m-text">{t('case.documentsNone')}</p>
      ) : (
        <ul className="m-doc-list">
          {view.documents.map((d) =>
            d.kind === 'decision' && decisionCompletesDelivery(view) ? (
              <li key={d.kind}>
                <Button
                  color="primary"
                  size="small"
                  loading={busy}
                  onClick={() => {
                    setBusy(true);
                    downloadFile(d.url, `${d.label}-${view.caseNumber ?? view.id}.pdf`)
                      .then(onDelivered)
                      .catch((e: Error) =>
                        Toast.show({ content: t('case.downloadFailed', { message: e.message }) }),
                      )
                      .finally(() => setBusy(false));
                  }}
                >
                  {t('case.documentDownload', { label: d.label })}
                </Button>
                <p className="m-note">{t('case.decisionDelivers')}</p>
              </li>
            ) : (
              <li key={d.kind}>
                <a href={d.url} download={`${d.label}-${view.caseNumber ?? view.id}.pdf`}>
                  {t('case.documentDownload', { label: d.label })}
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
  return (
    <section className="m-card" aria-labelledby="m-case-correction">
      <h2 id="m-case-correction" className="m-section-title">
        {t('case.correction')}
      </h2>
      <NoticeBar color="alert" wrap content={t('case.correctionIntro')} />
      <ul className="m-correction-items">
        {correctionItemsOf(view).map((item) => (
          <li key={`${item.materialId ?? ''}:${item.problem}`}>{correctionLine(item)}</li>
        ))}
      </ul>
      <MobileCaseMaterials view={view} editable />
      {action.isError && (
        <p className="m-field-errors" role="alert">
          {action.error.message}
        </p>
      )}
      <Button
        block
        color="primary"
        loading={action.isPending}
        onClick={() =>
          action.mutate(
            { action: 'resubmit', body: { materialsChecklist: resubmitChecklist(view) } },
            { onSuccess: () => Toast.show({ content: t('case.resubmitted') }) },
          )
        }
      >
        {t('case.resubmit')}
      </Button>
    </section>
  );
}

function Withdraw({ view }: { view: CaseView }) {
  const [confirming, setConfirming] = useState(false);
  const [comment, setComment] = useState('');
  const action = usePerformAction(view.id);
  if (!confirming) {
    return (
      <Button block color="danger" fill="outline" onClick={() => setConfirming(true)}>
        {t('case.withdraw')}
      </Button>
    );
  }
  return (
    <section className="m-card" aria-labelledby="m-withdraw">
      <h2 id="m-withdraw" className="m-section-title">
        {t('case.withdrawTitle')}
      </h2>
      <p className="m-text">{t('case.withdrawIntro')}</p>
      <label htmlFor="m-withdraw-comment" className="m-field-label">
        {t('case.withdrawComment')}
      </label>
      <TextArea
        id="m-withdraw-comment"
        className="m-field-input"
        value={comment}
        onChange={setComment}
        maxLength={2000}
      />
      {action.isError && (
        <p className="m-field-errors" role="alert">
          {action.error.message}
        </p>
      )}
      <div className="m-actions">
        <Button onClick={() => setConfirming(false)}>{t('case.withdrawCancel')}</Button>
        <Button
          color="danger"
          loading={action.isPending}
          onClick={() =>
            action.mutate(
              { action: 'withdraw', body: comment.trim() ? { comment: comment.trim() } : {} },
              { onSuccess: () => Toast.show({ content: t('case.withdrawn') }) },
            )
          }
        >
          {t('case.withdrawConfirm')}
        </Button>
      </div>
    </section>
  );
}

export function MobileCaseDetail({ view, onRefresh }: { view: CaseView; onRefresh: () => void }) {
  const [params] = useSearchParams();
  const justSubmitted = params.get('submitted') === '1' && view.caseNumber;
  const receipt = view.documents.find((d) => d.kind === 'receipt');
  return (
    <>
      {justSubmitted && (
        <section className="m-card m-submitted" aria-labelledby="m-submitted">
          <h2 id="m-submitted" className="m-section-title">
            {t('case.submittedTitle')}
          </h2>
          <p className="m-case-number">{t('case.submittedNumber', { number: view.caseNumber ?? '' })}</p>
          <p className="m-text">{receipt ? t('case.submittedAccepted') : t('case.submittedWaiting')}</p>
          {receipt && (
            <a className="m-button-link m-button-primary" href={receipt.url} download>
              {t('case.downloadReceipt')}
            </a>
          )}
          <Link to="/m/my/cases">{t('case.toMyCases')}</Link>
        </section>
      )}
      <p className="m-text">
        <MobileStateTag state={view.state} label={view.stateLabel} />
      </p>
      {view.bundle && (
        <p className="m-text">
          {view.bundle.name ? t('bundle.memberOf', { name: view.bundle.name }) : t('bundle.memberOfBundle')}{' '}
          <Link to={`/m/bundle-cases/${view.bundle.id}`}>{t('bundle.openBundle')}</Link>
        </p>
      )}
      <Facts view={view} />
      {view.state === 'awaiting_correction' && <Correction view={view} />}
      <Documents view={view} onDelivered={onRefresh} />
      {view.state !== 'awaiting_correction' && (
        <section className="m-card" aria-labelledby="m-case-materials">
          <h2 id="m-case-materials" className="m-section-title">
            {t('case.materialsOnFile')}
          </h2>
          <MobileCaseMaterials view={view} editable={false} />
        </section>
      )}
      <section className="m-card" aria-labelledby="m-case-timeline">
        <h2 id="m-case-timeline" className="m-section-title">
          {t('case.timeline')}
        </h2>
        <Steps direction="vertical" current={view.events.length - 1}>
          {view.events.map((e) => (
            <Steps.Step
              key={e.seq}
              title={t('case.timelineBy', { actor: e.actorLabel, action: e.actionLabel })}
              description={`${formatDateTime(e.at)} · ${t('case.timelineState', { state: e.toStateLabel })}${e.comment ? ` · ${e.comment}` : ''}`}
            />
          ))}
        </Steps>
      </section>
      {view.actions.some((a) => a.action === 'withdraw') && <Withdraw view={view} />}
    </>
  );
}
