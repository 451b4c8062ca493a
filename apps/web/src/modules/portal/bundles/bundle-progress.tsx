// One progress view of a submitted bundle case for its applicant: the bundle's status and promised due date
// (warning in colour and words), each member's state, due date, what it waits for and its decision; the one
// correction notice with the materials to supply and 提交补正; the receipt; how the results come out; 撤回.
import { CheckCircleOutlined, FilePdfOutlined } from '@ant-design/icons';
import { BUNDLE_OUTPUT_LABELS, type BundleCaseView } from '@msb/contracts';
import { Alert, App, Button, Descriptions, Input, Modal, Result, Table } from 'antd';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { t } from '../../../app/i18n.ts';
import { bundleReceiptUrl, useBundleCommand } from '../../bundles/bundle-api.ts';
import { bundleStatusTone, correctionLines, memberNames, memberTone } from '../../bundles/bundle-rules.ts';
import { formatDate, formatDateTime, withAddress } from '../../cases/case-format.ts';
import { ToneTag, WarningTag } from '../case-tags.tsx';
import { BundleMaterials } from './bundle-materials.tsx';

type Member = BundleCaseView['members'][number];

export function BundleStatusTag({ view }: { view: Pick<BundleCaseView, 'status' | 'statusLabel'> }) {
  return <ToneTag tone={bundleStatusTone(view.status)}>{view.statusLabel}</ToneTag>;
}

function Summary({ view }: { view: BundleCaseView }) {
  const running = view.status === 'in_progress';
  return (
    <section aria-labelledby="bundle-summary" className="portal-panel case-block">
      <h2 id="bundle-summary" className="portal-section-title">
        {t('case.summary')}
      </h2>
      <Descriptions
        bordered
        size="small"
        column={{ xs: 1, md: 2 }}
        items={[
          { key: 'number', label: t('case.number'), children: view.caseNumber ?? t('case.noNumber') },
          { key: 'status', label: t('case.state'), children: <BundleStatusTag view={view} /> },
          { key: 'lead', label: t('bundle.facts.lead'), children: view.leadOrg.name },
          { key: 'applicant', label: t('case.applicant'), children: view.applicantName },
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
            key: 'due',
            label: t('case.promisedDue'),
            children: view.promisedDue ? (
              <span>
                {formatDate(view.promisedDue)}{' '}
                {running && view.warning && <WarningTag warning={view.warning} />}
              </span>
            ) : (
              t('common.none')
            ),
          },
          {
            key: 'output',
            label: t('bundle.output.mode'),
            children: withAddress(
              BUNDLE_OUTPUT_LABELS[view.outputMode],
              view.outputMode === 'post' ? view.postalAddress : null,
            ),
          },
          { key: 'window', label: t('bundle.facts.outputWindow'), children: view.outputWindow },
        ]}
      />
    </section>
  );
}

function memberStatus(m: Member, view: BundleCaseView): string {
  if (m.held && m.waitingFor.length > 0)
    return t('bundle.member.waiting', { members: memberNames(m.waitingFor, view.members) });
  return m.stateLabel;
}

function Members({ view }: { view: BundleCaseView }) {
  return (
    <section aria-labelledby="bundle-members" className="portal-panel case-block">
      <h2 id="bundle-members" className="portal-section-title">
        {t('bundle.members.title', { n: view.members.length })}
      </h2>
      <Table<Member>
        rowKey="key"
        size="small"
        pagination={false}
        dataSource={view.members}
        columns={[
          {
            key: 'item',
            title: t('bundle.members.item'),
            render: (_, m) => (
              <>
                <strong>{m.itemName}</strong>
                <p className="case-help">{m.orgName}</p>
              </>
            ),
          },
          { key: 'number', title: t('case.number'), render: (_, m) => m.caseNumber ?? t('case.noNumber') },
          {
            key: 'state',
            title: t('bundle.members.state'),
            render: (_, m) => <ToneTag tone={memberTone(m)}>{memberStatus(m, view)}</ToneTag>,
          },
          {
            key: 'due',
            title: t('case.promisedDue'),
            render: (_, m) =>
              m.promisedDue ? (
                <span>
                  {formatDate(m.promisedDue)}{' '}
                  {m.warning && m.decision === null && <WarningTag warning={m.warning} />}
                </span>
              ) : (
                t('common.none')
              ),
          },
          {
            key: 'decision',
            title: t('bundle.members.decision'),
            render: (_, m) =>
              m.decision === null ? (
                t('bundle.members.undecided')
              ) : (
                <>
                  <ToneTag tone={m.decision === 'approved' ? 'success' : 'danger'}>
                    {t(m.decision === 'approved' ? 'bundle.decision.approved' : 'bundle.decision.denied')}
                  </ToneTag>
                  {m.decisionReasons && <p className="case-help">{m.decisionReasons}</p>}
                </>
              ),
          },
          {
            key: 'delivered',
            title: t('bundle.members.delivered'),
            render: (_, m) =>
              m.delivered ? t('bundle.members.deliveredYes') : t('bundle.members.deliveredNo'),
          },
        ]}
      />
    </section>
  );
}

function Correction({ view }: { view: BundleCaseView }) {
  const command = useBundleCommand(view.id);
  const { message } = App.useApp();
  const lines = correctionLines(view);
  return (
    <section aria-labelledby="bundle-correction" className="portal-panel case-block case-correction">
      <h2 id="bundle-correction" className="portal-section-title">
        {t('case.correction')}
      </h2>
      <Alert
        type="warning"
        showIcon
        title={t('bundle.correction.intro')}
        description={
          <ul className="case-problem-list">
            {lines.flatMap((line) =>
              line.items.map((item) => (
                <li key={`${line.memberKey}:${item}`}>
                  {t('text.labelValue', { label: line.itemName, value: item })}
                </li>
              )),
            )}
          </ul>
        }
      />
      <BundleMaterials view={view} editable={view.actions.includes('upload')} />
      {command.isError && (
        <Alert type="error" showIcon role="alert" className="case-block" title={command.error.message} />
      )}
      {view.actions.includes('resubmit') && (
        <div className="case-actions">
          <Button
            type="primary"
            loading={command.isPending}
            onClick={() =>
              command.mutate(
                { kind: 'resubmit' },
                { onSuccess: () => void message.success(t('case.resubmitted')) },
              )
            }
          >
            {t('case.resubmit')}
          </Button>
        </div>
      )}
    </section>
  );
}

function Output({ view }: { view: BundleCaseView }) {
  const delivered = view.members.filter((m) => m.delivered);
  const decided = view.members.filter((m) => m.decision !== null);
  return (
    <section aria-labelledby="bundle-output" className="portal-panel case-block">
      <h2 id="bundle-output" className="portal-section-title">
        {t('bundle.output.title')}
      </h2>
      <p>
        {t('bundle.output.summary', {
          decided: decided.length,
          delivered: delivered.length,
          total: view.members.length,
        })}
      </p>
      <p className="case-help">
        {view.outputMode === 'post'
          ? t('bundle.output.post', { address: view.postalAddress ?? '' })
          : view.outputMode === 'each'
            ? t('bundle.output.each', { window: view.outputWindow })
            : t('bundle.output.together', { window: view.outputWindow })}
      </p>
      {view.intakeState === 'accepted' && (
        <p>
          <a href={bundleReceiptUrl(view.id)} download>
            <FilePdfOutlined aria-hidden="true" /> {t('case.downloadReceipt')}
          </a>
        </p>
      )}
    </section>
  );
}

function Withdraw({ view }: { view: BundleCaseView }) {
  const [open, setOpen] = useState(false);
  const [comment, setComment] = useState('');
  const command = useBundleCommand(view.id);
  const { message } = App.useApp();
  return (
    <>
      <Button danger onClick={() => setOpen(true)}>
        {t('case.withdraw')}
      </Button>
      <Modal
        open={open}
        title={t('bundle.withdraw.title')}
        okText={t('case.withdrawConfirm')}
        cancelText={t('case.withdrawCancel')}
        okButtonProps={{ danger: true, loading: command.isPending }}
        onCancel={() => setOpen(false)}
        onOk={() =>
          command.mutate(
            { kind: 'withdraw', ...(comment.trim() ? { comment: comment.trim() } : {}) },
            {
              onSuccess: () => {
                setOpen(false);
                void message.success(t('case.withdrawn'));
              },
            },
          )
        }
      >
        <p>{t('bundle.withdraw.intro')}</p>
        <label htmlFor="bundle-withdraw-comment" className="case-label">
          {t('case.withdrawComment')}
        </label>
        <Input.TextArea
          id="bundle-withdraw-comment"
          rows={3}
          maxLength={2000}
          value={comment}
          onChange={(e) => setComment(e.target.value)}
        />
        {command.isError && <Alert type="error" showIcon role="alert" title={command.error.message} />}
      </Modal>
    </>
  );
}

export function BundleProgress({ view }: { view: BundleCaseView }) {
  const [params] = useSearchParams();
  const justSubmitted = params.get('submitted') === '1' && view.caseNumber;
  return (
    <div className="case-detail">
      {justSubmitted && (
        <Result
          className="portal-panel case-block"
          status="success"
          icon={<CheckCircleOutlined aria-hidden="true" />}
          title={<h2 className="portal-section-title">{t('bundle.submittedTitle')}</h2>}
          subTitle={
            <>
              <p className="case-number-line">
                {t('case.submittedNumber', { number: view.caseNumber ?? '' })}
              </p>
              <p>{t('bundle.submittedNote', { n: view.members.length })}</p>
            </>
          }
          extra={[
            <Link key="mine" to="/my/cases">
              {t('case.toMyCases')}
            </Link>,
          ]}
        />
      )}
      <Summary view={view} />
      {view.status === 'awaiting_correction' && <Correction view={view} />}
      <Members view={view} />
      <Output view={view} />
      {view.status !== 'awaiting_correction' && (
        <section aria-labelledby="bundle-materials" className="portal-panel case-block">
          <h2 id="bundle-materials" className="portal-section-title">
            {t('case.materialsOnFile')}
          </h2>
          <BundleMaterials view={view} editable={false} />
        </section>
      )}
      {view.actions.includes('withdraw') && (
        <div className="case-actions">
          <Withdraw view={view} />
        </div>
      )}
    </div>
  );
}
