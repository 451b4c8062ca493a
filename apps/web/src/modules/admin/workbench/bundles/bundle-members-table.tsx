// Every member of a bundle case with its department, state, due date (warning in colour and words), what it
// waits for and its decision — each opening the member's own case page. The lead department chases from it.
import type { BundleCaseView } from '@msb/contracts';
import { Space, Table, Typography } from 'antd';
import { Link } from 'react-router';
import { t } from '../../../../app/i18n.ts';
import { memberNames, memberTone } from '../../../bundles/bundle-rules.ts';
import { ToneTag } from '../../shell/status-tag.tsx';
import { formatDate } from '../case-format.ts';
import { WarningTag } from '../case-tags.tsx';
import { WORK_PATHS } from '../workbench-roles.ts';
import { adminTone } from './bundle-desk.ts';

type Member = BundleCaseView['members'][number];

export function MemberState({ member, members }: { member: Member; members: readonly Member[] }) {
  return (
    <ToneTag tone={adminTone(memberTone(member))}>
      {member.held && member.waitingFor.length > 0
        ? t('bundle.member.waiting', { members: memberNames(member.waitingFor, members) })
        : member.stateLabel}
    </ToneTag>
  );
}

export function MemberDue({ member }: { member: Member }) {
  if (!member.promisedDue) return <>—</>;
  return (
    <Space size={4} wrap>
      <span>{formatDate(member.promisedDue)}</span>
      {member.warning && member.decision === null ? (
        <WarningTag warning={member.warning} remaining={null} />
      ) : null}
    </Space>
  );
}

export function BundleMembersTable({
  view,
  compact,
}: {
  view: Pick<BundleCaseView, 'members'>;
  compact?: boolean;
}) {
  return (
    <Table<Member>
      rowKey="key"
      size="small"
      pagination={false}
      dataSource={view.members}
      columns={[
        {
          key: 'item',
          title: t('admin.work.col.item'),
          render: (_, m) => (
            <>
              <Link to={WORK_PATHS.case(m.caseId)}>{m.itemName}</Link>
              {compact ? null : (
                <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
                  {m.orgName}
                </Typography.Paragraph>
              )}
            </>
          ),
        },
        ...(compact
          ? []
          : [
              {
                key: 'number',
                title: t('admin.work.col.caseNumber'),
                render: (_: unknown, m: Member) => m.caseNumber ?? t('admin.work.noNumber'),
              },
            ]),
        {
          key: 'state',
          title: t('admin.work.col.state'),
          render: (_, m) => <MemberState member={m} members={view.members} />,
        },
        { key: 'due', title: t('admin.work.col.promisedDue'), render: (_, m) => <MemberDue member={m} /> },
        {
          key: 'decision',
          title: t('admin.work.summary.decision'),
          render: (_, m) =>
            m.decision === null
              ? '—'
              : `${t(m.decision === 'approved' ? 'admin.work.decision.approved' : 'admin.work.decision.denied')}${m.decisionReasons ? `：${m.decisionReasons}` : ''}`,
        },
        {
          key: 'delivered',
          title: t('bundle.members.delivered'),
          render: (_, m) =>
            m.delivered ? t('bundle.members.deliveredYes') : t('bundle.members.deliveredNo'),
        },
      ]}
    />
  );
}
