// /admin/work/cases/:id — one case for whoever works on it: the window checks materials and decides on
// intake, the department reviews and decides, the output window issues and hands over, supervisors read.
import { ArrowLeftOutlined } from '@ant-design/icons';
import { Alert, Button, Col, Result, Row, Space, Spin } from 'antd';
import { useEffect } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { ApiError } from '../../../../app/api.ts';
import { t } from '../../../../app/i18n.ts';
import { useCase } from '../../../cases/case-api.ts';
import { PageTitle } from '../../shell/admin-layout.tsx';
import { useMe } from '../../shell/use-session.ts';
import { Art32Tag, StateTag } from '../case-tags.tsx';
import { IntakePanel, intakeMode } from '../intake/intake-panel.tsx';
import { WORK_PATHS, workbenchHome } from '../workbench-roles.ts';
import { CaseClock } from './case-clock.tsx';
import { DocumentButtons } from './case-documents.tsx';
import { CaseHistory } from './case-history.tsx';
import { CaseMaterials } from './case-materials.tsx';
import { CaseObligations } from './case-obligations.tsx';
import { CaseSummary } from './case-summary.tsx';
import { DecisionPanel } from './decision-panel.tsx';
import { Section } from './section.tsx';

export function CasePage() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const me = useMe();
  const query = useCase(id);
  const view = query.data;

  useEffect(() => {
    const name = view ? `${view.itemName} ${view.caseNumber ?? ''}` : t('admin.work.case.title');
    document.title = `${name} · ${t('admin.appName')}`;
  }, [view]);

  const back = (
    <Button icon={<ArrowLeftOutlined aria-hidden />} onClick={() => navigate(-1)}>
      {t('admin.work.case.back')}
    </Button>
  );

  if (query.isPending) {
    return (
      <div role="status" style={{ padding: 48, textAlign: 'center' }}>
        <Spin />
        <span style={{ marginLeft: 8 }}>{t('admin.common.loading')}</span>
      </div>
    );
  }
  if (query.isError) {
    return (
      <Result
        status={query.error instanceof ApiError && query.error.status === 403 ? '403' : 'warning'}
        title={t('admin.work.case.loadFailed')}
        subTitle={query.error.message}
        extra={<Link to={workbenchHome(me.data) ?? '/admin/'}>{t('admin.work.case.toList')}</Link>}
      />
    );
  }
  const mode = intakeMode(query.data);
  const caseView = query.data;
  return (
    <>
      <PageTitle extra={back}>
        <Space size={8} wrap>
          <span>{caseView.itemName}</span>
          <StateTag state={caseView.state} label={caseView.stateLabel} />
        </Space>
      </PageTitle>
      {caseView.bundle ? (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          title={
            caseView.bundle.name
              ? t('admin.bundle.memberOf', {
                  name: caseView.bundle.name,
                  number: caseView.bundle.caseNumber ?? t('admin.work.noNumber'),
                })
              : t('admin.bundle.memberOfBundle')
          }
          action={<Link to={WORK_PATHS.bundleCase(caseView.bundle.id)}>{t('admin.bundle.openBundle')}</Link>}
        />
      ) : null}
      {caseView.art32Overdue ? (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 16 }}
          title={<Art32Tag overdue deemed={false} />}
          description={t('admin.work.case.art32Help')}
        />
      ) : null}
      {mode ? (
        <Section
          title={t(mode === 'resubmit' ? 'admin.work.intake.resubmitTitle' : 'admin.work.intake.checkTitle')}
        >
          <IntakePanel key={caseView.id} view={caseView} />
        </Section>
      ) : null}
      <Row gutter={16}>
        <Col xs={24} xl={16}>
          <CaseSummary view={caseView} />
          <CaseMaterials view={caseView} />
          <CaseObligations view={caseView} />
          <CaseHistory events={caseView.events} />
        </Col>
        <Col xs={24} xl={8}>
          <DecisionPanel view={caseView} />
          <CaseClock view={caseView} />
          <Section title={t('admin.work.documents.title')}>
            <DocumentButtons documents={caseView.documents} />
          </Section>
        </Col>
      </Row>
    </>
  );
}
