// One progress view of a submitted bundle case on the phone: status and promised due date (warning in
// words), each member's state, due date, what it waits for and its decision; the one correction notice with
// 提交补正; how the results come out; 撤回.
import { BUNDLE_OUTPUT_LABELS, type BundleCaseView } from '@msb/contracts';
import { Button, NoticeBar, Tag, TextArea, Toast } from 'antd-mobile';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { t } from '../../../app/i18n.ts';
import { bundleReceiptUrl, useBundleCommand } from '../../bundles/bundle-api.ts';
import { bundleStatusTone, correctionLines, memberNames, memberTone } from '../../bundles/bundle-rules.ts';
import { formatDate, formatDateTime } from '../../cases/case-format.ts';
import { TONE_COLOURS } from '../mobile-state-tag.tsx';
import { MobileBundleMaterials } from './mobile-bundle-materials.tsx';

type Member = BundleCaseView['members'][number];

function withWarning(date: string | null, warning: string | null, running: boolean): string {
  if (!date) return t('common.none');
  const text = formatDate(date);
  return running && warning
    ? t('text.withNote', { text, note: t(`case.warning.${warning as 'normal' | 'yellow' | 'red'}`) })
    : text;
}

function Facts({ view }: { view: BundleCaseView }) {
  const rows: [string, string][] = [
    [t('case.number'), view.caseNumber ?? t('case.noNumber')],
    [t('bundle.facts.lead'), view.leadOrg.name],
    [t('case.receivedAt'), formatDateTime(view.receivedAt) || t('common.none')],
    [t('case.acceptedOn'), formatDate(view.acceptedOn) || t('common.none')],
    [t('case.promisedDue'), withWarning(view.promisedDue, view.warning, view.status === 'in_progress')],
    [t('bundle.output.mode'), BUNDLE_OUTPUT_LABELS[view.outputMode]],
    [t('bundle.facts.outputWindow'), view.outputWindow],
  ];
  return (
    <section className="m-card" aria-labelledby="m-bundle-facts">
      <h2 id="m-bundle-facts" className="m-section-title">
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

function MemberRow({ member, view }: { member: Member; view: BundleCaseView }) {
  const state =
    member.held && member.waitingFor.length > 0
      ? t('bundle.member.waiting', { members: memberNames(member.waitingFor, view.members) })
      : member.stateLabel;
  return (
    <li className="m-material">
      <h3 className="m-material-name">{member.itemName}</h3>
      <p className="m-note">{member.orgName}</p>
      <p className="m-text">
        <Tag color={TONE_COLOURS[memberTone(member)]} fill="outline" className="m-tag">
          {state}
        </Tag>
      </p>
      <p className="m-note">
        {t('text.labelValue', {
          label: t('case.promisedDue'),
          value: withWarning(member.promisedDue, member.warning, member.decision === null),
        })}
      </p>
      <p className="m-note">
        {t('text.labelValue', {
          label: t('bundle.members.decision'),
          value:
            member.decision === null
              ? t('bundle.members.undecided')
              : `${t(member.decision === 'approved' ? 'bundle.decision.approved' : 'bundle.decision.denied')}${member.decisionReasons ? `（${member.decisionReasons}）` : ''}`,
        })}
        {' · '}
        {member.delivered ? t('bundle.members.deliveredYes') : t('bundle.members.deliveredNo')}
      </p>
    </li>
  );
}

function Correction({ view }: { view: BundleCaseView }) {
  const command = useBundleCommand(view.id);
  return (
    <section className="m-card" aria-labelledby="m-bundle-correction">
      <h2 id="m-bundle-correction" className="m-section-title">
        {t('case.correction')}
      </h2>
      <NoticeBar color="alert" wrap content={t('bundle.correction.intro')} />
      <ul className="m-correction-items">
        {correctionLines(view).flatMap((line) =>
          line.items.map((item) => (
            <li key={`${line.memberKey}:${item}`}>
              {t('text.labelValue', { label: line.itemName, value: item })}
            </li>
          )),
        )}
      </ul>
      <MobileBundleMaterials view={view} editable={view.actions.includes('upload')} />
      {command.isError && (
        <p className="m-field-errors" role="alert">
          {command.error.message}
        </p>
      )}
      {view.actions.includes('resubmit') && (
        <Button
          block
          color="primary"
          loading={command.isPending}
          onClick={() =>
            command.mutate(
              { kind: 'resubmit' },
              { onSuccess: () => Toast.show({ content: t('case.resubmitted') }) },
            )
          }
        >
          {t('case.resubmit')}
        </Button>
      )}
    </section>
  );
}

function Withdraw({ view }: { view: BundleCaseView }) {
  const [confirming, setConfirming] = useState(false);
  const [comment, setComment] = useState('');
  const command = useBundleCommand(view.id);
  if (!confirming) {
    return (
      <Button block color="danger" fill="outline" onClick={() => setConfirming(true)}>
        {t('case.withdraw')}
      </Button>
    );
  }
  return (
    <section className="m-card" aria-labelledby="m-bundle-withdraw">
      <h2 id="m-bundle-withdraw" className="m-section-title">
        {t('bundle.withdraw.title')}
      </h2>
      <p className="m-text">{t('bundle.withdraw.intro')}</p>
      <label htmlFor="m-bundle-withdraw-comment" className="m-field-label">
        {t('case.withdrawComment')}
      </label>
      <TextArea
        id="m-bundle-withdraw-comment"
        className="m-field-input"
        value={comment}
        onChange={setComment}
        maxLength={2000}
      />
      {command.isError && (
        <p className="m-field-errors" role="alert">
          {command.error.message}
        </p>
      )}
      <div className="m-actions">
        <Button onClick={() => setConfirming(false)}>{t('case.withdrawCancel')}</Button>
        <Button
          color="danger"
          loading={command.isPending}
          onClick={() =>
            command.mutate(
              { kind: 'withdraw', ...(comment.trim() ? { comment: comment.trim() } : {}) },
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

export function MobileBundleProgress({ view }: { view: BundleCaseView }) {
  const [params] = useSearchParams();
  const justSubmitted = params.get('submitted') === '1' && view.caseNumber;
  const decided = view.members.filter((m) => m.decision !== null).length;
  const delivered = view.members.filter((m) => m.delivered).length;
  return (
    <>
      {justSubmitted && (
        <section className="m-card m-submitted" aria-labelledby="m-submitted">
          <h2 id="m-submitted" className="m-section-title">
            {t('bundle.submittedTitle')}
          </h2>
          <p className="m-case-number">{t('case.submittedNumber', { number: view.caseNumber ?? '' })}</p>
          <p className="m-text">{t('bundle.submittedNote', { n: view.members.length })}</p>
          <Link to="/m/my/cases">{t('case.toMyCases')}</Link>
        </section>
      )}
      <p className="m-text">
        <Tag color={TONE_COLOURS[bundleStatusTone(view.status)]} fill="outline" className="m-tag">
          {view.statusLabel}
        </Tag>
      </p>
      <Facts view={view} />
      {view.status === 'awaiting_correction' && <Correction view={view} />}
      <section className="m-card" aria-labelledby="m-bundle-members">
        <h2 id="m-bundle-members" className="m-section-title">
          {t('bundle.members.title', { n: view.members.length })}
        </h2>
        <ul className="m-materials">
          {view.members.map((m) => (
            <MemberRow key={m.key} member={m} view={view} />
          ))}
        </ul>
      </section>
      <section className="m-card" aria-labelledby="m-bundle-output">
        <h2 id="m-bundle-output" className="m-section-title">
          {t('bundle.output.title')}
        </h2>
        <p className="m-text">
          {t('bundle.output.summary', { decided, delivered, total: view.members.length })}
        </p>
        <p className="m-note">
          {view.outputMode === 'post'
            ? t('bundle.output.post', { address: view.postalAddress ?? '' })
            : view.outputMode === 'each'
              ? t('bundle.output.each', { window: view.outputWindow })
              : t('bundle.output.together', { window: view.outputWindow })}
        </p>
        {view.intakeState === 'accepted' && (
          <a className="m-button-link" href={bundleReceiptUrl(view.id)} download>
            {t('case.downloadReceipt')}
          </a>
        )}
      </section>
      {view.status !== 'awaiting_correction' && (
        <section className="m-card" aria-labelledby="m-bundle-materials">
          <h2 id="m-bundle-materials" className="m-section-title">
            {t('case.materialsOnFile')}
          </h2>
          <MobileBundleMaterials view={view} editable={false} />
        </section>
      )}
      {view.actions.includes('withdraw') && <Withdraw view={view} />}
    </>
  );
}
