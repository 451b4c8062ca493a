// One progress view of a submitted bundle case for its applicant: the bundle's status and promised due date
// (warning in colour and words), each member's state, due date, what it waits for and its decision; the one
// correction notice with the materials to supply and 提交补正; the receipt; how the results come out; 撤回.
import { FilePdfOutlined } from '@ant-design/icons';
import { BUNDLE_OUTPUT_LABELS, type BundleCaseView } from '@msb/contracts';
import { Descriptions, Table } from 'antd';
import { t } from '../../../app/i18n.ts';
import { bundleReceiptUrl } from '../../bundles/bundle-api.ts';
import { bundleStatusTone, memberTone } from '../../bundles/bundle-rules.ts';
import { memberStatus, outputNote, outputSummary } from '../../bundles/bundle-texts.ts';
import { useBundleCorrection, useBundleWithdraw } from '../../bundles/use-bundle-progress.ts';
import { formatDate, intakeDates, withAddress } from '../../cases/case-format.ts';
import { ToneTag, WarningTag } from '../case-tags.tsx';
import { CorrectionPanel, DetailPanel, SubmittedResult, WithdrawAction } from '../detail-panels.tsx';
import { BundleMaterials } from './bundle-materials.tsx';

type Member = BundleCaseView['members'][number];

export function BundleStatusTag({ view }: { view: Pick<BundleCaseView, 'status' | 'statusLabel'> }) {
  return <ToneTag tone={bundleStatusTone(view.status)}>{view.statusLabel}</ToneTag>;
}

function Summary({ view }: { view: BundleCaseView }) {
  const running = view.status === 'in_progress';
  return (
    <DetailPanel id="bundle-summary" title={t('case.summary')}>
      <Descriptions
        bordered
        size="small"
        column={{ xs: 1, md: 2 }}
        items={[
          { key: 'number', label: t('case.number'), children: view.caseNumber ?? t('case.noNumber') },
          { key: 'status', label: t('case.state'), children: <BundleStatusTag view={view} /> },
          { key: 'lead', label: t('bundle.facts.lead'), children: view.leadOrg.name },
          { key: 'applicant', label: t('case.applicant'), children: view.applicantName },
          ...intakeDates(view).map((d) => ({ key: d.key, label: d.label, children: d.text })),
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
    </DetailPanel>
  );
}

function Members({ view }: { view: BundleCaseView }) {
  return (
    <DetailPanel id="bundle-members" title={t('bundle.members.title', { n: view.members.length })}>
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
            render: (_, m) => <ToneTag tone={memberTone(m)}>{memberStatus(m, view.members)}</ToneTag>,
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
    </DetailPanel>
  );
}

function Correction({ view }: { view: BundleCaseView }) {
  return (
    <CorrectionPanel
      id="bundle-correction"
      intro={t('bundle.correction.intro')}
      {...useBundleCorrection(view)}
    >
      <BundleMaterials view={view} editable={view.actions.includes('upload')} />
    </CorrectionPanel>
  );
}

function Output({ view }: { view: BundleCaseView }) {
  return (
    <DetailPanel id="bundle-output" title={t('bundle.output.title')}>
      <p>{outputSummary(view)}</p>
      <p className="case-help">{outputNote(view)}</p>
      {view.intakeState === 'accepted' && (
        <p>
          <a href={bundleReceiptUrl(view.id)} download>
            <FilePdfOutlined aria-hidden="true" /> {t('case.downloadReceipt')}
          </a>
        </p>
      )}
    </DetailPanel>
  );
}

function Withdraw({ view }: { view: BundleCaseView }) {
  return (
    <WithdrawAction
      title={t('bundle.withdraw.title')}
      intro={t('bundle.withdraw.intro')}
      inputId="bundle-withdraw-comment"
      {...useBundleWithdraw(view)}
    />
  );
}

export function BundleProgress({ view }: { view: BundleCaseView }) {
  return (
    <div className="case-detail">
      <SubmittedResult
        title={t('bundle.submittedTitle')}
        caseNumber={view.caseNumber}
        note={t('bundle.submittedNote', { n: view.members.length })}
      />
      <Summary view={view} />
      {view.status === 'awaiting_correction' && <Correction view={view} />}
      <Members view={view} />
      <Output view={view} />
      {view.status !== 'awaiting_correction' && (
        <DetailPanel id="bundle-materials" title={t('case.materialsOnFile')}>
          <BundleMaterials view={view} editable={false} />
        </DetailPanel>
      )}
      {view.actions.includes('withdraw') && <Withdraw view={view} />}
    </div>
  );
}
