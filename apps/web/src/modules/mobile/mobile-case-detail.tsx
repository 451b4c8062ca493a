// A submitted case on the phone: state, due dates, correction notice to answer, documents, materials,
// timeline and 撤回申请 — the same facts as the portal's case page.
import { Button, Steps, Toast } from 'antd-mobile';
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
} from '../cases/case-format.ts';
import { useCaseCorrection, useCaseWithdraw } from '../cases/use-case-progress.ts';
import { MobileCaseMaterials } from './mobile-case-materials.tsx';
import {
  MobileCard,
  MobileCorrection,
  MobileFacts,
  MobileSubmitted,
  MobileWithdraw,
} from './mobile-detail-panels.tsx';
import { MobileStateTag } from './mobile-state-tag.tsx';

function Facts({ view }: { view: CaseView }) {
  const clock = view.clock;
  const rows: [string, string][] = [
    [t('case.number'), view.caseNumber ?? t('case.noNumber')],
    [t('case.org'), view.org.name],
    ...intakeDates(view).map((d): [string, string] => [d.label, d.text]),
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
  return <MobileFacts id="m-case-facts" title={t('case.summary')} rows={rows} />;
}

function Documents({ view, onDelivered }: { view: CaseView; onDelivered: () => void }) {
  const [busy, setBusy] = useState(false);
  return (
    <MobileCard id="m-case-docs" title={t('case.documents')}>
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
    </MobileCard>
  );
}

function Correction({ view }: { view: CaseView }) {
  return (
    <MobileCorrection id="m-case-correction" intro={t('case.correctionIntro')} {...useCaseCorrection(view)}>
      <MobileCaseMaterials view={view} editable />
    </MobileCorrection>
  );
}

function Withdraw({ view }: { view: CaseView }) {
  return (
    <MobileWithdraw
      id="m-withdraw"
      title={t('case.withdrawTitle')}
      intro={t('case.withdrawIntro')}
      {...useCaseWithdraw(view)}
    />
  );
}

export function MobileCaseDetail({ view, onRefresh }: { view: CaseView; onRefresh: () => void }) {
  const receipt = view.documents.find((d) => d.kind === 'receipt');
  return (
    <>
      <MobileSubmitted
        title={t('case.submittedTitle')}
        caseNumber={view.caseNumber}
        note={receipt ? t('case.submittedAccepted') : t('case.submittedWaiting')}
        receiptUrl={receipt?.url}
      />
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
        <MobileCard id="m-case-materials" title={t('case.materialsOnFile')}>
          <MobileCaseMaterials view={view} editable={false} />
        </MobileCard>
      )}
      <MobileCard id="m-case-timeline" title={t('case.timeline')}>
        <Steps direction="vertical" current={view.events.length - 1}>
          {view.events.map((e) => (
            <Steps.Step
              key={e.seq}
              title={t('case.timelineBy', { actor: e.actorLabel, action: e.actionLabel })}
              description={`${formatDateTime(e.at)} · ${t('case.timelineState', { state: e.toStateLabel })}${e.comment ? ` · ${e.comment}` : ''}`}
            />
          ))}
        </Steps>
      </MobileCard>
      {view.actions.some((a) => a.action === 'withdraw') && <Withdraw view={view} />}
    </>
  );
}
