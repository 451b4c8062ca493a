// The editor's workflow: validate the form, save the draft, submit, return or publish, and turn the
// server's answers (422 findings, 409 conflicts, 401) into messages and the findings list.
import type { Guide } from '@msb/contracts';
import { App, type FormInstance } from 'antd';
import { useMemo, useState } from 'react';
import { ApiError } from '../../../app/api.ts';
import { t } from '../../../app/i18n.ts';
import { useCatalogMutations, type VersionTransition, type VersionView } from '../admin-api.ts';
import { formNamePath, type GuideFormValues, toGuide } from '../guide-form/guide-form-values.ts';
import { normalizeFieldPath, type SectionKey, sectionOf } from '../guide-form/guide-labels.ts';
import { useRefusal } from '../shell/use-refusal.ts';
import { type FieldFinding, findingsOf } from './findings-alert.tsx';

export interface Problem {
  title: string;
  findings: FieldFinding[];
}

interface WorkflowInput {
  implementationId: string;
  latest: VersionView | null;
  form: FormInstance<GuideFormValues>;
  setSection: (key: SectionKey) => void;
}

export function useGuideWorkflow({ implementationId, latest, form, setSection }: WorkflowInput) {
  const { message, notification } = App.useApp();
  const [problem, setProblem] = useState<Problem | null>(null);
  const { saveDraft, transition, refresh } = useCatalogMutations(implementationId);
  const busy = saveDraft.isPending || transition.isPending;

  const findingCounts = useMemo(() => {
    const counts: Partial<Record<SectionKey, number>> = {};
    for (const finding of problem?.findings ?? []) {
      const key = sectionOf(finding.field);
      if (key) counts[key] = (counts[key] ?? 0) + 1;
    }
    return counts;
  }, [problem]);

  const showError = useRefusal((error) => {
    const findings = findingsOf(error.details);
    if (error.status === 422 || findings.length > 0) {
      setProblem({ title: error.message, findings });
      const first = findings[0] ? sectionOf(findings[0].field) : undefined;
      if (first) setSection(first);
      void message.error(error.message);
      return;
    }
    notification.error({ title: t('admin.common.failed'), description: error.message });
  });

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

  return { problem, setProblem, findingCounts, busy, pickFinding, onSave, onSubmit, review };
}
