// /admin/bundles/new and /admin/bundles/:bundleId/versions/:versionId: one version of a 一件事 definition in a
// form, with the catalogue's versioning (draft → in review → published, a new draft from the published one).
// The server's refusals (422 problems) go onto the fields they are about and are summarised above the form.
import {
  Alert,
  App,
  Breadcrumb,
  Button,
  Card,
  Descriptions,
  Form,
  type FormInstance,
  Result,
  Spin,
} from 'antd';
import { useEffect, useRef, useState } from 'react';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { ApiError } from '../../../app/api.ts';
import { t } from '../../../app/i18n.ts';
import { VersionActions } from '../catalog/version-actions.tsx';
import { useOrgList } from '../orgs/orgs-api.ts';
import { useRegion } from '../regions/regions-api.ts';
import { PageTitle } from '../shell/admin-layout.tsx';
import { StatusTag } from '../shell/status-tag.tsx';
import { useRefusal } from '../shell/use-refusal.ts';
import { canEditCatalog, canReviewCatalog, useMe } from '../shell/use-session.ts';
import {
  type StaffBundle,
  type StaffBundleVersion,
  useBundleMutations,
  usePublishedImplementations,
  useStaffBundles,
} from './bundle-admin-api.ts';
import { BundleForm, fieldId } from './bundle-form.tsx';
import {
  type BundleFormValues,
  emptyBundleValues,
  toBundleDefinition,
  toBundleFormValues,
} from './bundle-form-values.ts';
import {
  type BundleProblem,
  type FormName,
  fieldErrors,
  type PlacedProblem,
  placeProblems,
  problemsOf,
} from './bundle-problems.ts';

interface Problem {
  title: string;
  placed: PlacedProblem[];
}

/** What a refused "create and submit" hands to the version page it lands on. */
interface CarriedProblem {
  title: string;
  problems: BundleProblem[];
}

export default function BundleEditorPage() {
  const { bundleId, versionId } = useParams();
  const list = useStaffBundles();
  if (!versionId) return <VersionEditor key="new" bundle={null} version={null} />;
  if (list.isPending) {
    return (
      <div role="status" style={{ padding: 48, textAlign: 'center' }}>
        <Spin />
        <span style={{ marginInlineStart: 8 }}>{t('admin.common.loading')}</span>
      </div>
    );
  }
  const bundle = list.data?.find((b) => b.id === bundleId);
  const version = bundle?.versions.find((v) => v.id === versionId);
  if (!bundle || !version) {
    return (
      <Result
        status={
          list.isError && !(list.error instanceof ApiError && list.error.status === 404) ? 'error' : '404'
        }
        title={t('admin.bundles.notFound')}
        subTitle={list.error?.message}
        extra={<Link to="/admin/bundles">{t('admin.bundles.backToList')}</Link>}
      />
    );
  }
  // another version is another form: nothing typed in one may stay in the next
  return <VersionEditor key={version.id} bundle={bundle} version={version} />;
}

function VersionEditor({
  bundle,
  version,
}: {
  bundle: StaffBundle | null;
  version: StaffBundleVersion | null;
}) {
  const isNew = version === null;
  const me = useMe();
  const navigate = useNavigate();
  const location = useLocation();
  const { message } = App.useApp();
  const [form] = Form.useForm<BundleFormValues>();
  const [initialValues] = useState(() =>
    version ? toBundleFormValues(version.definition) : emptyBundleValues(),
  );
  const [problem, setProblem] = useState<Problem | null>(null);
  const marked = useRef<FormName[]>([]);
  const { create, save, transition, newVersion, refresh, busy } = useBundleMutations();

  const regionCode = bundle?.regionCode ?? me.data?.regionCode ?? undefined;
  const orgs = useOrgList(regionCode);
  const region = useRegion(regionCode);
  const implementations = usePublishedImplementations();

  const canEdit = canEditCatalog(me.data);
  const canReview = canReviewCatalog(me.data);
  const latest = bundle?.versions[0];
  const isLatest = !version || latest?.id === version.id;
  const published = bundle?.versions.find((v) => v.id === bundle.publishedVersionId);
  const readOnly = !canEdit || (version !== null && version.status !== 'draft');
  const title = version?.name ?? t('admin.bundles.newTitle');

  useEffect(() => {
    document.title = `${title} · ${t('admin.appName')}`;
  }, [title]);

  const show = (next: { title: string; problems: BundleProblem[] }) => {
    const placed = placeProblems(next.problems, form.getFieldsValue(true));
    (form as FormInstance).setFields(marked.current.map((name) => ({ name, errors: [] })));
    const errors = fieldErrors(placed);
    (form as FormInstance).setFields(errors);
    marked.current = errors.map((e) => e.name);
    setProblem({ title: next.title, placed });
  };

  const clearProblem = () => {
    (form as FormInstance).setFields(marked.current.map((name) => ({ name, errors: [] })));
    marked.current = [];
    setProblem(null);
  };

  // a bundle created and then refused on submission lands here with the refusal
  const carried = (location.state as { problem?: CarriedProblem } | null)?.problem;
  const carriedShown = useRef(false);
  // biome-ignore lint/correctness/useExhaustiveDependencies: shown once, when the page opens
  useEffect(() => {
    if (!carried || carriedShown.current) return;
    carriedShown.current = true;
    show(carried);
    // shown now: going back to this page later starts clean
    navigate(location.pathname, { replace: true, state: null });
  }, [carried]);

  const report = useRefusal((error) => {
    show({ title: error.message, problems: problemsOf(error.details) });
    void message.error(error.message);
  });

  const pick = (p: PlacedProblem) => {
    if (!p.name) return;
    const name = p.name;
    const element = document.getElementById(fieldId(name));
    if (element) {
      element.scrollIntoView({ block: 'center' });
      element.focus();
      return;
    }
    form.scrollToField(name, { block: 'center' });
    form.focusField(name);
  };

  /** The form's own checks first; the definition to send when they pass. */
  const collect = async () => {
    try {
      const values = await form.validateFields();
      return { values: { ...form.getFieldsValue(true), ...values } as BundleFormValues };
    } catch (error) {
      const fields = (error as { errorFields?: { name: FormName }[] }).errorFields ?? [];
      void message.error(t('admin.editor.fixForm', { n: fields.length }));
      const first = fields[0];
      if (first) {
        form.scrollToField(first.name, { block: 'center' });
        form.focusField(first.name);
      }
      return null;
    }
  };

  const onCreate = async (values: BundleFormValues, thenSubmit: boolean) => {
    if (!regionCode) {
      show({ title: t('admin.bundles.noRegion'), problems: [] });
      return;
    }
    let created: { bundleId: string; versionId: string } | null = null;
    try {
      created = await create.mutateAsync({
        code: (values.code ?? '').trim(),
        regionCode,
        definition: toBundleDefinition(values),
      });
      if (thenSubmit) await transition.mutateAsync({ versionId: created.versionId, action: 'submit' });
      await refresh();
      void message.success(thenSubmit ? t('admin.editor.submitted', { n: 1 }) : t('admin.bundles.created'));
      navigate(`/admin/bundles/${created.bundleId}/versions/${created.versionId}`);
    } catch (error) {
      if (!created) {
        report(error);
        return;
      }
      // created, then refused on submission: continue on the draft's own page with the refusal shown
      await refresh();
      void message.error(error instanceof Error ? error.message : String(error));
      const problem: CarriedProblem = {
        title: error instanceof Error ? error.message : String(error),
        problems: error instanceof ApiError ? problemsOf(error.details) : [],
      };
      navigate(`/admin/bundles/${created.bundleId}/versions/${created.versionId}`, { state: { problem } });
    }
  };

  const onSave = async (thenSubmit: boolean) => {
    const collected = await collect();
    if (!collected) return;
    if (!version) {
      await onCreate(collected.values, thenSubmit);
      return;
    }
    try {
      const saved = await save.mutateAsync({
        versionId: version.id,
        definition: toBundleDefinition(collected.values),
      });
      if (thenSubmit) await transition.mutateAsync({ versionId: version.id, action: 'submit' });
      clearProblem();
      void message.success(
        thenSubmit
          ? t('admin.editor.submitted', { n: saved.versionNo })
          : t('admin.editor.saved', { n: saved.versionNo }),
      );
    } catch (error) {
      report(error);
    } finally {
      await refresh();
    }
  };

  const review = async (action: 'return' | 'publish', comment?: string) => {
    if (!version) return false;
    try {
      await transition.mutateAsync({ versionId: version.id, action, comment });
      clearProblem();
      void message.success(
        action === 'publish'
          ? t('admin.editor.published', { n: version.versionNo })
          : t('admin.editor.returned'),
      );
      return true;
    } catch (error) {
      report(error);
      return false;
    } finally {
      await refresh();
    }
  };

  const onNewVersion = async () => {
    if (!bundle) return;
    try {
      const next = await newVersion.mutateAsync(bundle.id);
      await refresh();
      void message.success(t('admin.bundles.newVersionDone', { n: next.versionNo }));
      navigate(`/admin/bundles/${bundle.id}/versions/${next.id}`);
    } catch (error) {
      report(error);
    }
  };

  const readOnlyNote = !version
    ? null
    : !canEdit && version.status === 'draft'
      ? t('admin.bundles.readOnly.notEditor')
      : version.status === 'in_review'
        ? t('admin.bundles.readOnly.inReview')
        : version.status === 'published'
          ? t('admin.bundles.readOnly.published')
          : version.status === 'superseded'
            ? t('admin.bundles.readOnly.superseded')
            : null;

  return (
    <>
      <Breadcrumb
        style={{ marginBottom: 8 }}
        items={[{ title: <Link to="/admin/bundles">{t('admin.nav.bundles')}</Link> }, { title }]}
      />
      <PageTitle
        extra={
          <VersionActions
            status={version?.status}
            canEdit={canEdit}
            canReview={canReview}
            busy={busy}
            onSave={() => void onSave(false)}
            onSubmit={() => void onSave(true)}
            onReturn={(comment) => review('return', comment)}
            onPublish={(comment) => review('publish', comment || undefined)}
            newVersion={{
              label: t('admin.bundles.action.newVersion'),
              isLatest,
              onClick: () => void onNewVersion(),
            }}
            publishNote={t('admin.bundles.action.publishConfirm', { n: version?.versionNo ?? 1 })}
          />
        }
      >
        {title}
      </PageTitle>
      <Descriptions
        size="small"
        column={{ xs: 1, md: 2, xl: 4 }}
        style={{ marginBottom: 16 }}
        items={[
          ...(bundle
            ? [{ key: 'code', label: t('admin.bundles.facts.code'), children: <code>{bundle.code}</code> }]
            : []),
          {
            key: 'region',
            label: t('admin.bundles.facts.region'),
            children: region.data?.name ?? regionCode ?? '—',
          },
          ...(version
            ? [
                {
                  key: 'version',
                  label: t('admin.bundles.facts.version'),
                  children: (
                    <StatusTag
                      status={version.status}
                      label={`${t('admin.version.no', { n: version.versionNo })} ${version.statusLabel}`}
                    />
                  ),
                },
                {
                  key: 'published',
                  label: t('admin.bundles.facts.published'),
                  children: published
                    ? t('admin.version.no', { n: published.versionNo })
                    : t('admin.bundles.notPublished'),
                },
              ]
            : []),
        ]}
      />
      {isNew && !regionCode && me.data ? (
        <Alert type="warning" showIcon style={{ marginBottom: 16 }} title={t('admin.bundles.noRegion')} />
      ) : null}
      {version?.status === 'draft' && version.reviewComment ? (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          title={t('admin.editor.returnedComment', { comment: version.reviewComment })}
        />
      ) : null}
      {readOnlyNote ? <Alert type="info" showIcon style={{ marginBottom: 16 }} title={readOnlyNote} /> : null}
      {!isLatest && latest && bundle ? (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          title={t('admin.bundles.notLatest')}
          action={
            <Link to={`/admin/bundles/${bundle.id}/versions/${latest.id}`}>
              {t('admin.bundles.openLatest', { n: latest.versionNo })}
            </Link>
          }
        />
      ) : null}
      {problem ? <ProblemSummary problem={problem} onPick={pick} onClose={() => setProblem(null)} /> : null}
      <BundleForm
        form={form}
        initialValues={initialValues}
        isNew={isNew}
        readOnly={readOnly}
        orgs={orgs.data ?? []}
        orgsLoading={orgs.isFetching}
        implementations={implementations.data ?? []}
        implementationsLoading={implementations.isFetching}
      />
      {bundle && version ? <VersionHistory bundle={bundle} current={version.id} /> : null}
    </>
  );
}

function ProblemSummary({
  problem,
  onPick,
  onClose,
}: {
  problem: Problem;
  onPick: (p: PlacedProblem) => void;
  onClose: () => void;
}) {
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      closable={{ onClose, 'aria-label': t('admin.common.close') }}
      style={{ marginBottom: 16 }}
      title={problem.title}
      description={
        problem.placed.length > 0 ? (
          <ol
            style={{ margin: '8px 0 0', paddingInlineStart: 20 }}
            aria-label={t('admin.bundles.problemList')}
          >
            {problem.placed.map((p) => (
              <li key={`${p.field}|${p.message}`} style={{ marginBottom: 6 }}>
                {p.name ? (
                  <Button
                    type="link"
                    size="small"
                    style={{ padding: 0, height: 'auto', whiteSpace: 'normal', textAlign: 'start' }}
                    onClick={() => onPick(p)}
                  >
                    {p.label}
                  </Button>
                ) : (
                  <strong>{p.label}</strong>
                )}
                {t('admin.findings.sep')}
                <span>{p.message}</span>
              </li>
            ))}
          </ol>
        ) : undefined
      }
    />
  );
}

function VersionHistory({ bundle, current }: { bundle: StaffBundle; current: string }) {
  return (
    <Card size="small" title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('admin.bundles.history')}</h2>}>
      <ol style={{ margin: 0, paddingInlineStart: 20 }}>
        {bundle.versions.map((v) => (
          <li key={v.id} style={{ marginBottom: 4 }}>
            {v.id === current ? (
              <span aria-current="page">
                {t('admin.version.no', { n: v.versionNo })}
                {t('admin.bundles.history.current')}
              </span>
            ) : (
              <Link to={`/admin/bundles/${bundle.id}/versions/${v.id}`}>
                {t('admin.version.no', { n: v.versionNo })}
              </Link>
            )}{' '}
            <StatusTag status={v.status} label={v.statusLabel} />
            {v.name}
          </li>
        ))}
      </ol>
    </Card>
  );
}
