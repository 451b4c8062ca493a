// Panels of a submitted application's page on the portal, shared by a single case (case-detail.tsx) and a
// 一件事 (bundles/bundle-progress.tsx): the confirmation after 提交, a titled panel, the correction notice to
// answer with 提交补正, and 撤回申请 with its confirmation dialog.
import { CheckCircleOutlined, FilePdfOutlined } from '@ant-design/icons';
import { Alert, App, Button, Input, Modal, Result } from 'antd';
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

/** 提交成功 with the number given, shown once, right after 提交 (`?submitted=1`). */
export function SubmittedResult({ title, caseNumber, note, receiptUrl }: SubmittedNote) {
  if (!useJustSubmitted(caseNumber) || !caseNumber) return null;
  return (
    <Result
      className="portal-panel case-block"
      status="success"
      icon={<CheckCircleOutlined aria-hidden="true" />}
      title={<h2 className="portal-section-title">{title}</h2>}
      subTitle={
        <>
          <p className="case-number-line">{t('case.submittedNumber', { number: caseNumber })}</p>
          <p>{note}</p>
        </>
      }
      extra={[
        receiptUrl ? (
          <Button
            key="receipt"
            type="primary"
            href={receiptUrl}
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
  );
}

/** A panel of the page with its own heading (`id` names it). */
export function DetailPanel({ id, title, className, children }: PanelProps) {
  return (
    <section aria-labelledby={id} className={`portal-panel case-block${className ? ` ${className}` : ''}`}>
      <h2 id={id} className="portal-section-title">
        {title}
      </h2>
      {children}
    </section>
  );
}

/**
 * 补正: what the notice asks for, then the materials to supply (`children`), and 提交补正 when `onResubmit`
 * is given; `onResubmit` runs the command and calls `done` when it went through.
 */
export function CorrectionPanel({
  id,
  intro,
  lines,
  children,
  pending,
  error,
  onResubmit,
}: CorrectionPanelProps) {
  const { message } = App.useApp();
  return (
    <DetailPanel id={id} title={t('case.correction')} className="case-correction">
      <Alert
        type="warning"
        showIcon
        title={intro}
        description={
          <ul className="case-problem-list">
            {lines.map((line) => (
              <li key={line.key}>{line.text}</li>
            ))}
          </ul>
        }
      />
      {children}
      {error && <Alert type="error" showIcon role="alert" className="case-block" title={error.message} />}
      {onResubmit && (
        <div className="case-actions">
          <Button
            type="primary"
            loading={pending}
            onClick={() => onResubmit(() => void message.success(t('case.resubmitted')))}
          >
            {t('case.resubmit')}
          </Button>
        </div>
      )}
    </DetailPanel>
  );
}

/**
 * 撤回申请 and its dialog with an optional comment; `onWithdraw` runs the command (the comment trimmed, or
 * undefined when empty) and calls `done` when it went through.
 */
export function WithdrawAction({
  title,
  intro,
  inputId,
  pending,
  error,
  onWithdraw,
}: {
  title: string;
  intro: string;
  inputId: string;
} & WithdrawControl) {
  const [open, setOpen] = useState(false);
  const [comment, setComment] = useState('');
  const { message } = App.useApp();
  return (
    <div className="case-actions">
      <Button danger onClick={() => setOpen(true)}>
        {t('case.withdraw')}
      </Button>
      <Modal
        open={open}
        title={title}
        okText={t('case.withdrawConfirm')}
        cancelText={t('case.withdrawCancel')}
        okButtonProps={{ danger: true, loading: pending }}
        onCancel={() => setOpen(false)}
        onOk={() =>
          onWithdraw(comment.trim() || undefined, () => {
            setOpen(false);
            void message.success(t('case.withdrawn'));
          })
        }
      >
        <p>{intro}</p>
        <label htmlFor={inputId} className="case-label">
          {t('case.withdrawComment')}
        </label>
        <Input.TextArea
          id={inputId}
          rows={3}
          maxLength={2000}
          value={comment}
          onChange={(e) => setComment(e.target.value)}
        />
        {error && <Alert type="error" showIcon role="alert" title={error.message} />}
      </Modal>
    </div>
  );
}
