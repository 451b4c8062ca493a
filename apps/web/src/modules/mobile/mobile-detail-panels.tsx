// Cards of a submitted application's page on the phone, shared by a single case (mobile-case-detail.tsx)
// and a 一件事 (bundles/mobile-bundle-progress.tsx): the confirmation after 提交, a titled card, a card of
// facts, the correction notice to answer with 提交补正, and 撤回申请 with its confirmation.
import { Button, NoticeBar, TextArea, Toast } from 'antd-mobile';
import { useState } from 'react';
import { Link } from 'react-router';
import { t } from '../../app/i18n.ts';
import {
  type CorrectionPanelProps,
  type PanelProps,
  type SubmittedNote,
  useJustSubmitted,
  type WithdrawControl,
} from '../cases/use-case-progress.ts';

/** A card of the page with its own heading (`id` names it). */
export function MobileCard({ id, title, className, children }: PanelProps) {
  return (
    <section className={`m-card${className ? ` ${className}` : ''}`} aria-labelledby={id}>
      <h2 id={id} className="m-section-title">
        {title}
      </h2>
      {children}
    </section>
  );
}

/** Facts as label and value, one a line. */
export function MobileFacts({ id, title, rows }: { id: string; title: string; rows: [string, string][] }) {
  return (
    <MobileCard id={id} title={title}>
      <dl className="m-facts">
        {rows.map(([k, v]) => (
          <div key={k} className="m-fact">
            <dt>{k}</dt>
            <dd>{v}</dd>
          </div>
        ))}
      </dl>
    </MobileCard>
  );
}

/** 提交成功 with the number given, shown once, right after 提交 (`?submitted=1`). */
export function MobileSubmitted({ title, caseNumber, note, receiptUrl }: SubmittedNote) {
  if (!useJustSubmitted(caseNumber) || !caseNumber) return null;
  return (
    <MobileCard id="m-submitted" title={title} className="m-submitted">
      <p className="m-case-number">{t('case.submittedNumber', { number: caseNumber })}</p>
      <p className="m-text">{note}</p>
      {receiptUrl && (
        <a className="m-button-link m-button-primary" href={receiptUrl} download>
          {t('case.downloadReceipt')}
        </a>
      )}
      <Link to="/m/my/cases">{t('case.toMyCases')}</Link>
    </MobileCard>
  );
}

const ErrorLine = ({ error }: { error: Error | null }) =>
  error ? (
    <p className="m-field-errors" role="alert">
      {error.message}
    </p>
  ) : null;

/**
 * 补正: what the notice asks for, then the materials to supply (`children`), and 提交补正 when `onResubmit`
 * is given; `onResubmit` runs the command and calls `done` when it went through.
 */
export function MobileCorrection({
  id,
  intro,
  lines,
  children,
  pending,
  error,
  onResubmit,
}: CorrectionPanelProps) {
  return (
    <MobileCard id={id} title={t('case.correction')}>
      <NoticeBar color="alert" wrap content={intro} />
      <ul className="m-correction-items">
        {lines.map((line) => (
          <li key={line.key}>{line.text}</li>
        ))}
      </ul>
      {children}
      <ErrorLine error={error} />
      {onResubmit && (
        <Button
          block
          color="primary"
          loading={pending}
          onClick={() => onResubmit(() => Toast.show({ content: t('case.resubmitted') }))}
        >
          {t('case.resubmit')}
        </Button>
      )}
    </MobileCard>
  );
}

/**
 * 撤回申请, then a card to confirm it with an optional comment; `onWithdraw` runs the command (the comment
 * trimmed, or undefined when empty) and calls `done` when it went through.
 */
export function MobileWithdraw({
  id,
  title,
  intro,
  pending,
  error,
  onWithdraw,
}: {
  id: string;
  title: string;
  intro: string;
} & WithdrawControl) {
  const [confirming, setConfirming] = useState(false);
  const [comment, setComment] = useState('');
  if (!confirming) {
    return (
      <Button block color="danger" fill="outline" onClick={() => setConfirming(true)}>
        {t('case.withdraw')}
      </Button>
    );
  }
  return (
    <MobileCard id={id} title={title}>
      <p className="m-text">{intro}</p>
      <label htmlFor={`${id}-comment`} className="m-field-label">
        {t('case.withdrawComment')}
      </label>
      <TextArea
        id={`${id}-comment`}
        className="m-field-input"
        value={comment}
        onChange={setComment}
        maxLength={2000}
      />
      <ErrorLine error={error} />
      <div className="m-actions">
        <Button onClick={() => setConfirming(false)}>{t('case.withdrawCancel')}</Button>
        <Button
          color="danger"
          loading={pending}
          onClick={() =>
            onWithdraw(comment.trim() || undefined, () => Toast.show({ content: t('case.withdrawn') }))
          }
        >
          {t('case.withdrawConfirm')}
        </Button>
      </div>
    </MobileCard>
  );
}
