// /admin/catalog/:id: the guide editor with the version workflow (draft → in review → published),
// the server's findings beside the form, and the version history with diffs.
import type { Guide } from '@msb/contracts';
import { useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App,
  Breadcrumb,
  Card,
  Descriptions,
  Form,
  type FormInstance,
  Result,
  Space,
  Spin,
} from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { Link, useParams } from 'react-router';
import { ApiError } from '../../../app/api.ts';
import { t } from '../../../app/i18n.ts';
import { useCatalogMutations, useImplementation, type VersionTransition } from '../admin-api.ts';
import { GuideForm } from '../guide-form/guide-form.tsx';
import { formNamePath, type GuideFormValues, toGuide } from '../guide-form/guide-form-values.ts';
import { normalizeFieldPath, type SectionKey, sectionOf } from '../guide-form/guide-labels.ts';
import { PageTitle } from '../shell/admin-layout.tsx';
import { DemoFlawTag, StatusTag } from '../shell/status-tag.tsx';
import { canEditCatalog, canReviewCatalog, ME_KEY, useMe } from '../shell/use-session.ts';
import { type FieldFinding, FindingsAlert, findingsOf } from './findings-alert.tsx';
import { VersionActions } from './version-actions.tsx';
import { previousOf, VersionDiffTable, VersionHistory } from './version-history.tsx';

interface Problem {
  title: string;
  findings: FieldFinding[];
}

export function GuideEditorPage() {
  const { id = '' } = useParams();
  const detail = useImplementation(id);
  const me = useMe();
  const client = useQueryClient();
  const { message, notification } = App.useApp();
  const [form] = Form.useForm<GuideFormValues>();
  const [section, setSection] = useState<SectionKey>('basic');
  const [problem, setProblem] = useState<Problem | null>(null);
  const { saveDraft, transition, refresh } = useCatalogMutations(id);

  const data = detail.data;
  const latest = data?.latest ?? null;
  const guide = latest?.guide;
  const canEdit = canEditCatalog(me.data);
  const canReview = canReviewCatalog(me.data);
  const readOnly = !canEdit || latest?.status === 'in_review';
  const busy = saveDraft.isPending || transition.isPending;

  useEffect(() => {
    document.title = `${guide?.name ?? t('admin.editor.title')} · ${t('admin.appName')}`;
  }, [guide?.name]);

  // a new version or a saved draft replaces what the form shows
  useEffect(() => {
    if (guide) form.resetFields();
  }, [guide, form]);

  const findingCounts = useMemo(() => {
    const counts: Partial<Record<SectionKey, number>> = {};
    for (const finding of problem?.findings ?? []) {
      const key = sectionOf(finding.field);
      if (key) counts[key] = (counts[key] ?? 0) + 1;
    }
    return counts;
  }, [problem]);

  const showError = (error: unknown) => {
    if (!(error instanceof ApiError)) {
      notification.error({ title: t('admin.common.failed'), description: String(error) });
      return;
    }
    if (error.status === 401) {
      void client.invalidateQueries({ queryKey: ME_KEY });
      return;
    }
    const findings = findingsOf(error.details);
    if (error.status === 422 || findings.length > 0) {
      setProblem({ title: error.message, findings });
      const first = findings[0] ? sectionOf(findings[0].field) : undefined;
      if (first) setSection(first);
      void message.error(error.message);
      return;
    }
    notification.error({ title: t('admin.common.failed'), description: error.message });
  };

  const pickFinding = (finding: FieldFinding) => {
    const key = sectionOf(finding.field);
    if (key) setSection(key);
    const name = formNamePath(normalizeFieldPath(finding.field));
    (form as FormInstance).setFields([
      { name, errors: [finding.fix ? `${finding.message}（${finding.fix}）` : finding.message] },
    ]);
    // the tab is rendered already (forceRender); wait a frame for it to be shown
    requestAnimationFrame(() => {
      form.scrollToField(name, { block: 'center' });
      form.focusField(name);
    });
  };

  const collectGuide = async (): Promise<Guide | null> => {
    try {
      await form.validateFields();
    } catch (error) {
      const fields = (error as { errorFields?: { name: (string | number)[] }[] }).errorFields ?? [];
      const first = fields[0];
      const key = first ? sectionOf(first.name.join('.')) : undefined;
      if (key) setSection(key);
      void message.error(t('admin.editor.fixForm', { n: fields.length }));
      return null;
    }
    return toGuide(form.getFieldsValue(true));
  };

  const onSave = async () => {
    const next = await collectGuide();
    if (!next) return;
    try {
      const version = await saveDraft.mutateAsync(next);
      setProblem(null);
      void message.success(t('admin.editor.saved', { n: version.versionNo }));
    } catch (error) {
      showError(error);
    } finally {
      await refresh();
    }
  };

  // 提交审核 saves what is on screen first, so the reviewer sees exactly that
  const onSubmit = async () => {
    const next = await collectGuide();
    if (!next) return;
    try {
      const version = await saveDraft.mutateAsync(next);
      await transition.mutateAsync({ versionId: version.id, action: 'submit' });
      setProblem(null);
      void message.success(t('admin.editor.submitted', { n: version.versionNo }));
    } catch (error) {
      showError(error);
    } finally {
      await refresh();
    }
  };

  const review = (action: VersionTransition) => async (comment: string) => {
    if (!latest) return false;
    try {
      await transition.mutateAsync({ versionId: latest.id, action, comment: comment || undefined });
      setProblem(null);
      void message.success(
        action === 'publish'
          ? t('admin.editor.published', { n: latest.versionNo })
          : t('admin.editor.returned'),
      );
      return true;
    } catch (error) {
      showError(error);
      return action === 'publish' && error instanceof ApiError && error.status === 422;
    } finally {
      await refresh();
    }
  };

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
