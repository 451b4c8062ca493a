// One progress view of a submitted bundle case on the phone: status and promised due date (warning in
// words), each member's state, due date, what it waits for and its decision; the one correction notice with
// 提交补正; how the results come out; 撤回.
import { BUNDLE_OUTPUT_LABELS, type BundleCaseView } from '@msb/contracts';
import { Tag } from 'antd-mobile';
import { t } from '../../../app/i18n.ts';
import { bundleReceiptUrl } from '../../bundles/bundle-api.ts';
import { bundleStatusTone, memberTone } from '../../bundles/bundle-rules.ts';
import { memberStatus, outputNote, outputSummary } from '../../bundles/bundle-texts.ts';
import { useBundleCorrection, useBundleWithdraw } from '../../bundles/use-bundle-progress.ts';
import { formatDate, intakeDates } from '../../cases/case-format.ts';
import {
  MobileCard,
  MobileCorrection,
  MobileFacts,
  MobileSubmitted,
  MobileWithdraw,
} from '../mobile-detail-panels.tsx';
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
    ...intakeDates(view).map((d): [string, string] => [d.label, d.text]),
    [t('case.promisedDue'), withWarning(view.promisedDue, view.warning, view.status === 'in_progress')],
    [t('bundle.output.mode'), BUNDLE_OUTPUT_LABELS[view.outputMode]],
    [t('bundle.facts.outputWindow'), view.outputWindow],
  ];
  return <MobileFacts id="m-bundle-facts" title={t('case.summary')} rows={rows} />;
}

function MemberRow({ member, view }: { member: Member; view: BundleCaseView }) {
  return (
    <li className="m-material">
      <h3 className="m-material-name">{member.itemName}</h3>
      <p className="m-note">{member.orgName}</p>
      <p className="m-text">
        <Tag color={TONE_COLOURS[memberTone(member)]} fill="outline" className="m-tag">
          {memberStatus(member, view.members)}
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
  return (
    <MobileCorrection
      id="m-bundle-correction"
      intro={t('bundle.correction.intro')}
      {...useBundleCorrection(view)}
    >
      <MobileBundleMaterials view={view} editable={view.actions.includes('upload')} />
    </MobileCorrection>
  );
}

function Withdraw({ view }: { view: BundleCaseView }) {
  return (
    <MobileWithdraw
      id="m-bundle-withdraw"
      title={t('bundle.withdraw.title')}
      intro={t('bundle.withdraw.intro')}
      {...useBundleWithdraw(view)}
    />
  );
}

export function MobileBundleProgress({ view }: { view: BundleCaseView }) {
  return (
    <>
      <MobileSubmitted
        title={t('bundle.submittedTitle')}
        caseNumber={view.caseNumber}
        note={t('bundle.submittedNote', { n: view.members.length })}
      />
      <p className="m-text">
        <Tag color={TONE_COLOURS[bundleStatusTone(view.status)]} fill="outline" className="m-tag">
          {view.statusLabel}
        </Tag>
      </p>
      <Facts view={view} />
      {view.status === 'awaiting_correction' && <Correction view={view} />}
      <MobileCard id="m-bundle-members" title={t('bundle.members.title', { n: view.members.length })}>
        <ul className="m-materials">
          {view.members.map((m) => (
            <MemberRow key={m.key} member={m} view={view} />
          ))}
        </ul>
      </MobileCard>
      <MobileCard id="m-bundle-output" title={t('bundle.output.title')}>
        <p className="m-text">{outputSummary(view)}</p>
        <p className="m-note">{outputNote(view)}</p>
        {view.intakeState === 'accepted' && (
          <a className="m-button-link" href={bundleReceiptUrl(view.id)} download>
            {t('case.downloadReceipt')}
          </a>
        )}
      </MobileCard>
      {view.status !== 'awaiting_correction' && (
        <MobileCard id="m-bundle-materials" title={t('case.materialsOnFile')}>
          <MobileBundleMaterials view={view} editable={false} />
        </MobileCard>
      )}
      {view.actions.includes('withdraw') && <Withdraw view={view} />}
    </>
  );
}
