// 一件事收件, last step: the one merged form as the applicant gives it at the counter (rendered by the same rjsf
// form as online, without the facts the platform takes from the register), the contact mobile, and how the
// results are handed over. 登记收件 files the bundle case, received now (POST /api/bundle-cases with the
// applicant); a refusal's field problems land on their fields, each naming the members that ask it.

import { BUNDLE_OUTPUT_LABELS, type BundleOutputMode, type BundlePlanView } from '@msb/contracts';
import type RjsfForm from '@rjsf/core';
import { Alert, Button, Form, Radio, Space, Typography } from 'antd';
import { useMemo, useRef, useState } from 'react';
import { ApiError } from '../../../../app/api.ts';
import { t } from '../../../../app/i18n.ts';
import { type CreateBundleCaseInput, useCreateBundleCase } from '../../../bundles/bundle-api.ts';
import { bundleFieldProblemsOf, provenanceHelp, withMembers } from '../../../bundles/bundle-rules.ts';
import { bundleFormIntro } from '../../../bundles/bundle-texts.ts';
import { newIdempotencyKey } from '../../../cases/case-api.ts';
import { type FlatErrorSchema, formDataToSave, sortProblems } from '../../../cases/form-rules.ts';
import { CaseForm } from '../../../portal/case-form.tsx';
import type { ServerProblem } from '../../shell/server-problem.tsx';
import type { DeskApplicant } from '../desk-api.ts';
import { ContactMobileItem, PostalAddressItem } from '../intake/intake-fields.tsx';
import { ProblemAlert, toProblem } from '../problem-alert.tsx';
import { windowBundleForm } from './bundle-desk.ts';

interface CounterValues {
  contactMobile?: string;
  outputMode: BundleOutputMode;
  postalAddress?: string;
}

export function BundleWindowApplication({
  applicant,
  bundleId,
  outputModes,
  plan,
  answers,
  onBack,
  onFiled,
}: {
  applicant: DeskApplicant;
  bundleId: string;
  outputModes: readonly BundleOutputMode[];
  plan: BundlePlanView;
  answers: CreateBundleCaseInput['answers'];
  onBack: () => void;
  onFiled: (bundleCaseId: string) => void;
}) {
  const create = useCreateBundleCase();
  const formRef = useRef<RjsfForm>(null);
  const [counter] = Form.useForm<CounterValues>();
  const [formData, setFormData] = useState<Record<string, unknown>>({});
  const [extraErrors, setExtraErrors] = useState<FlatErrorSchema | undefined>();
  const [formInvalid, setFormInvalid] = useState(false);
  const [problem, setProblem] = useState<ServerProblem | null>(null);
  // one key per set of answers: a second click, or a retry after a lost answer, files one bundle case
  const idempotencyKey = useMemo(() => (answers ? newIdempotencyKey() : ''), [answers]);
  const view = useMemo(() => windowBundleForm(plan, applicant.kind), [plan, applicant.kind]);
  const help = useMemo(() => provenanceHelp(plan), [plan]);
  const initialMode = outputModes[0] ?? 'together';
  // the register's mobile (shown masked) serves when the clerk leaves the contact mobile blank
  const registered = applicant.kind === 'person' ? applicant.person.mobile : null;
  const outputMode = Form.useWatch('outputMode', counter) ?? initialMode;

  const refused = (error: unknown) => {
    const found = toProblem(error);
    const problems =
      error instanceof ApiError ? withMembers(bundleFieldProblemsOf(error.details), plan) : found.fields;
    const sorted = sortProblems(problems);
    setExtraErrors(sorted.form);
    counter.setFields([
      ...problems
        .filter((p) => p.field === 'contactMobile' || p.field === 'postalAddress')
        .map((p) => ({ name: p.field as 'contactMobile' | 'postalAddress', errors: [p.message] })),
      ...(sorted.delivery.length > 0 ? [{ name: 'outputMode' as const, errors: sorted.delivery }] : []),
    ]);
    setProblem({ ...found, fields: problems });
  };

  const file = async () => {
    setProblem(null);
    setExtraErrors(undefined);
    const formValid = formRef.current?.validateForm() ?? true;
    setFormInvalid(!formValid);
    const values = await counter.validateFields().catch(() => null);
    if (!formValid || !values) return;
    try {
      const created = await create.mutateAsync({
        idempotencyKey,
        input: {
          bundleId,
          answers,
          formData: formDataToSave(view.form.schema, formData),
          ...(values.contactMobile?.trim() ? { contactMobile: values.contactMobile.trim() } : {}),
          outputMode: values.outputMode,
          ...(values.outputMode === 'post' ? { postalAddress: (values.postalAddress ?? '').trim() } : {}),
          applicant:
            applicant.kind === 'person'
              ? { personId: applicant.person.id }
              : { enterpriseId: applicant.enterprise.id },
        },
      });
      onFiled(created.id);
    } catch (error) {
      refused(error);
    }
  };

  return (
    <div style={{ maxWidth: 760 }}>
      <ProblemAlert problem={problem} onClose={() => setProblem(null)} />
      <Typography.Title level={2} style={{ fontSize: 18 }}>
        {t('bundle.form.title')}
      </Typography.Title>
      <Typography.Paragraph>{bundleFormIntro(plan)}</Typography.Paragraph>
      <Typography.Paragraph type="secondary">{t('admin.bundle.file.formHelp')}</Typography.Paragraph>
      {formInvalid ? (
        <Alert type="error" showIcon style={{ marginBottom: 16 }} title={t('case.formInvalid')} />
      ) : null}
      <CaseForm
        view={view}
        help={help}
        value={formData}
        onChange={setFormData}
        extraErrors={extraErrors}
        formRef={formRef}
      />
      <Form<CounterValues>
        form={counter}
        layout="vertical"
        name="bundle-window-counter"
        initialValues={{ outputMode: initialMode }}
      >
        <ContactMobileItem registered={registered} />
        <Form.Item
          label={t('bundle.output.mode')}
          name="outputMode"
          extra={t('admin.bundle.file.outputHelp')}
        >
          <Radio.Group
            aria-label={t('bundle.output.mode')}
            options={outputModes.map((mode) => ({ value: mode, label: BUNDLE_OUTPUT_LABELS[mode] }))}
          />
        </Form.Item>
        {outputMode === 'post' ? <PostalAddressItem /> : null}
      </Form>
      <Space>
        <Button onClick={onBack} disabled={create.isPending}>
          {t('admin.work.intake.prev')}
        </Button>
        <Button type="primary" loading={create.isPending} onClick={() => void file()}>
          {t('admin.bundle.file.submit')}
        </Button>
      </Space>
    </div>
  );
}
