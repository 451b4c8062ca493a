// /admin/catalog/:id: the guide editor with the version workflow (draft → in review → published),
// the server's findings beside the form, and the version history with diffs.
import { Alert, Breadcrumb, Card, Descriptions, Form, Result, Space, Spin } from 'antd';
import { useEffect, useState } from 'react';
import { Link, useParams } from 'react-router';
import { ApiError } from '../../../app/api.ts';
import { t } from '../../../app/i18n.ts';
import { useImplementation } from '../admin-api.ts';
import { GuideForm } from '../guide-form/guide-form.tsx';
import type { GuideFormValues } from '../guide-form/guide-form-values.ts';
import type { SectionKey } from '../guide-form/guide-labels.ts';
import { PageTitle } from '../shell/admin-layout.tsx';
import { DemoFlawTag, StatusTag } from '../shell/status-tag.tsx';
import { canEditCatalog, canReviewCatalog, useMe } from '../shell/use-session.ts';
import { FindingsAlert } from './findings-alert.tsx';
import { useGuideWorkflow } from './use-guide-workflow.ts';
import { VersionActions } from './version-actions.tsx';
import { previousOf, VersionDiffTable, VersionHistory } from './version-history.tsx';

export function GuideEditorPage() {
  const { id = '' } = useParams();
  const detail = useImplementation(id);
  const me = useMe();
  const [form] = Form.useForm<GuideFormValues>();
  const [section, setSection] = useState<SectionKey>('basic');

  const data = detail.data;
  const latest = data?.latest ?? null;
  const guide = latest?.guide;
  const canEdit = canEditCatalog(me.data);
  const canReview = canReviewCatalog(me.data);
  const readOnly = !canEdit || latest?.status === 'in_review';
  const { problem, setProblem, findingCounts, busy, pickFinding, onSave, onSubmit, review } =
    useGuideWorkflow({
      implementationId: id,
      latest,
      form,
      setSection,
    });

  useEffect(() => {
    document.title = `${guide?.name ?? t('admin.editor.title')} · ${t('admin.appName')}`;
  }, [guide?.name]);

  // a new version or a saved draft replaces what the form shows
  useEffect(() => {
    if (guide) form.resetFields();
  }, [guide, form]);

  if (detail.isPending) {
    return (
      <div role="status" style={{ padding: 48, textAlign: 'center' }}>
        <Spin />
        <span style={{ marginInlineStart: 8 }}>{t('admin.common.loading')}</span>
      </div>
    );
  }
  if (detail.isError || !data) {
    return (
      <Result
        status={detail.error instanceof ApiError && detail.error.status === 404 ? '404' : 'error'}
        title={t('admin.editor.notFound')}
        subTitle={detail.error?.message}
        extra={<Link to="/admin/catalog">{t('admin.editor.backToList')}</Link>}
      />
    );
  }

  const previous = latest ? previousOf(latest, data.versions) : undefined;

  return (
    <>
      <Breadcrumb
        style={{ marginBottom: 8 }}
        items={[
          { title: <Link to="/admin/catalog">{t('admin.nav.catalog')}</Link> },
          { title: guide?.name ?? data.code },
        ]}
      />
      <PageTitle
        extra={
          <VersionActions
            status={latest?.status}
            canEdit={canEdit}
            canReview={canReview}
            busy={busy}
            onSave={() => void onSave()}
            onSubmit={() => void onSubmit()}
            onReturn={review('return')}
            onPublish={review('publish')}
          />
        }
      >
        {guide?.name ?? data.base.name}
      </PageTitle>
      <Descriptions
        size="small"
        column={{ xs: 1, md: 2, xl: 3 }}
        style={{ marginBottom: 16 }}
        items={[
          { key: 'code', label: t('admin.catalog.col.code'), children: <code>{data.code}</code> },
          { key: 'org', label: t('admin.catalog.col.org'), children: data.org.name },
          { key: 'region', label: t('admin.catalog.col.region'), children: data.region.name },
          {
            key: 'status',
            label: t('admin.editor.latestVersion'),
            children: latest ? (
              <StatusTag
                status={latest.status}
                label={`${t('admin.version.no', { n: latest.versionNo })} ${latest.statusLabel}`}
              />
            ) : (
              '—'
            ),
          },
          { key: 'base', label: t('admin.editor.base'), children: `${data.base.name}（${data.base.code}）` },
          ...(data.demoFlaw
            ? [
                {
                  key: 'flaw',
                  label: t('admin.catalog.col.demoFlaw'),
                  children: <DemoFlawTag flaw={data.demoFlaw} />,
                },
              ]
            : []),
        ]}
      />
      {latest?.status === 'draft' && latest.reviewComment ? (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          title={t('admin.editor.returnedComment', { comment: latest.reviewComment })}
        />
      ) : null}
      {readOnly && canEdit && latest?.status === 'in_review' ? (
        <Alert type="info" showIcon style={{ marginBottom: 16 }} title={t('admin.editor.inReviewLocked')} />
      ) : null}
      {problem ? (
        <FindingsAlert
          title={problem.title}
          findings={problem.findings}
          guide={guide}
          onPick={pickFinding}
          onClose={() => setProblem(null)}
        />
      ) : null}
      {latest?.status === 'in_review' && previous ? (
        <Card
          size="small"
          title={
            <h2 style={{ fontSize: 16, margin: 0 }}>
              {t('admin.editor.pendingChanges', { from: previous.versionNo, to: latest.versionNo })}
            </h2>
          }
          style={{ marginBottom: 16 }}
        >
          <VersionDiffTable versionId={latest.id} againstId={previous.id} />
        </Card>
      ) : null}
      {guide ? (
        <Card
          size="small"
          title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('admin.editor.guide')}</h2>}
          style={{ marginBottom: 16 }}
        >
          <GuideForm
            form={form}
            guide={guide}
            readOnly={readOnly}
            activeSection={section}
            onSectionChange={setSection}
            findingCounts={findingCounts}
          />
        </Card>
      ) : (
        <Alert type="info" showIcon title={t('admin.editor.noVersion')} />
      )}
      <Card size="small" title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('admin.editor.history')}</h2>}>
        <Space orientation="vertical" style={{ width: '100%' }}>
          <VersionHistory versions={data.versions} />
        </Space>
      </Card>
    </>
  );
}
