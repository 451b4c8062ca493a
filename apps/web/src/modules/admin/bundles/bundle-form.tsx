// The BundleDefinition as one antd Form in four cards: 基本信息, 情形引导 (questions and their options, edited like
// a guide's 情形: guide-form/situation-cards.tsx), 成员事项 (each an implementation of the region's published
// catalogue, the options that make it apply, the members it waits for) and 时限与出件. Disabled as a whole when
// the version may not be edited.
import { BUNDLE_OUTPUT_LABELS, BUNDLE_OUTPUT_MODES } from '@msb/contracts';
import { Card, Col, Form, type FormInstance, Input, InputNumber, Radio, Row, Select } from 'antd';
import { type ReactNode, useMemo } from 'react';
import { t } from '../../../app/i18n.ts';
import type { ImplementationRow } from '../admin-api.ts';
import { CardList, CheckboxGroupField, LongText, maxLen, required } from '../guide-form/form-parts.tsx';
import { SituationCards } from '../guide-form/situation-cards.tsx';
import type { OrgRecord } from '../orgs/orgs-api.ts';
import {
  type BundleFormValues,
  dependencyOptions,
  lifeStageOptions,
  type MemberFormValue,
  type QuestionFormValue,
  stageFitsAudience,
  whenOptionGroups,
} from './bundle-form-values.ts';

export const FORM_NAME = 'bundle';
/** the id antd gives the field at `name` in this form (used to reach a list, which has no input of its own) */
export const fieldId = (name: (string | number)[]) => `${FORM_NAME}_${name.join('_')}`;

const SLUG = /^[a-z0-9][a-z0-9_-]*$/;
const CODE = /^[A-Za-z0-9_-]+$/;
const L = (key: string) => t(`admin.bundles.field.${key}` as Parameters<typeof t>[0]);

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <Card
      size="small"
      style={{ marginBottom: 16 }}
      title={
        <h2 id={`bundle-section-${id}`} style={{ fontSize: 16, margin: 0 }}>
          {title}
        </h2>
      }
    >
      <section aria-labelledby={`bundle-section-${id}`} style={{ maxWidth: 960 }}>
        {children}
      </section>
    </Card>
  );
}

function BasicSection({
  isNew,
  orgs,
  orgsLoading,
}: {
  isNew: boolean;
  orgs: OrgRecord[];
  orgsLoading: boolean;
}) {
  const form = Form.useFormInstance<BundleFormValues>();
  const audience = Form.useWatch('audience', { form, preserve: true });
  const stages = useMemo(() => lifeStageOptions(audience), [audience]);
  return (
    <Row gutter={16}>
      {isNew ? (
        <Col xs={24} md={12}>
          <Form.Item
            label={L('code')}
            name="code"
            extra={L('codeHelp')}
            rules={[
              required(L('code')),
              maxLen(60),
              { pattern: CODE, message: t('admin.bundles.field.codePattern') },
            ]}
          >
            <Input maxLength={60} autoComplete="off" style={{ fontFamily: 'monospace' }} />
          </Form.Item>
        </Col>
      ) : null}
      <Col xs={24} md={isNew ? 12 : 24}>
        <Form.Item label={L('name')} name="name" rules={[required(L('name')), maxLen(200)]}>
          <Input maxLength={200} />
        </Form.Item>
      </Col>
      <Col span={24}>
        <Form.Item label={L('summary')} name="summary" rules={[required(L('summary'))]}>
          <LongText rows={3} />
        </Form.Item>
      </Col>
      <Col xs={24} md={8}>
        <Form.Item label={L('audience')} name="audience" rules={[{ required: true }]}>
          <Radio.Group
            optionType="button"
            role="radiogroup"
            aria-label={L('audience')}
            options={[
              { value: 'person', label: t('admin.bundles.audience.person') },
              { value: 'enterprise', label: t('admin.bundles.audience.enterprise') },
            ]}
          />
        </Form.Item>
      </Col>
      <Col xs={24} md={8}>
        <Form.Item
          label={L('lifeStage')}
          name="lifeStage"
          extra={L('lifeStageHelp')}
          rules={[{ required: true, message: t('admin.bundles.form.pickLifeStage') }]}
        >
          <Select virtual={false} options={stages} />
        </Form.Item>
      </Col>
      <Col xs={24} md={8}>
        <Form.Item
          label={L('leadOrgId')}
          name="leadOrgId"
          extra={L('leadOrgHelp')}
          rules={[{ required: true, message: t('admin.bundles.form.pickLeadOrg') }]}
        >
          <Select
            virtual={false}
            showSearch={{ optionFilterProp: 'label' }}
            loading={orgsLoading}
            options={orgs.map((o) => ({ value: o.id, label: o.name }))}
          />
        </Form.Item>
      </Col>
    </Row>
  );
}

function QuestionsSection() {
  return (
    <SituationCards
      grouped
      name={['questions']}
      idPrefix="q"
      listId={fieldId(['questions'])}
      optionsId={(q) => fieldId(['questions', q, 'options'])}
      texts={{
        noun: t('admin.bundles.form.questionNoun'),
        question: L('question'),
        id: L('questionId'),
        multiple: L('multiple'),
        options: L('options'),
        optionLabel: L('optionLabel'),
        optionId: L('optionId'),
        optionIdHelp: L('optionIdHelp'),
        twoOptions: t('admin.bundles.form.twoOptions'),
      }}
    />
  );
}

interface MemberFieldsProps {
  index: number;
  name: number;
  implementations: ImplementationRow[];
  implementationsLoading: boolean;
}

function MemberFields({ index, name, implementations, implementationsLoading }: MemberFieldsProps) {
  const form = Form.useFormInstance<BundleFormValues>();
  const questions: QuestionFormValue[] | undefined = Form.useWatch('questions', { form, preserve: true });
  const members: MemberFormValue[] | undefined = Form.useWatch('members', { form, preserve: true });
  const current = members?.[index]?.implementationId;
  const itemOptions = useMemo(() => {
    const options = implementations.map((row) => ({ value: row.id, label: `${row.name}（${row.orgName}）` }));
    if (current && !implementations.some((row) => row.id === current) && !implementationsLoading)
      options.unshift({
        value: current,
        label: t('admin.bundles.form.unknownImplementation', { id: current }),
      });
    return options;
  }, [implementations, implementationsLoading, current]);
  const nameOf = (id: string) => implementations.find((row) => row.id === id)?.name;
  const whenGroups = whenOptionGroups(questions, (n) => t('admin.bundles.field.questionN', { n }));
  const dependsOptions = dependencyOptions(members, index, nameOf);
  return (
    <Row gutter={16}>
      <Col xs={24} md={8}>
        <Form.Item
          label={L('memberKey')}
          name={[name, 'key']}
          extra={index === 0 ? L('memberKeyHelp') : undefined}
          rules={[
            required(L('memberKey')),
            maxLen(60),
            { pattern: SLUG, message: t('admin.form.idPattern') },
          ]}
        >
          <Input autoComplete="off" style={{ fontFamily: 'monospace' }} />
        </Form.Item>
      </Col>
      <Col xs={24} md={16}>
        <Form.Item
          label={L('implementationId')}
          name={[name, 'implementationId']}
          extra={L('implementationHelp')}
          rules={[{ required: true, message: t('admin.bundles.form.pickImplementation') }]}
        >
          <Select
            virtual={false}
            showSearch={{ optionFilterProp: 'label' }}
            loading={implementationsLoading}
            notFoundContent={
              implementationsLoading ? t('admin.common.loading') : t('admin.bundles.form.noImplementations')
            }
            options={itemOptions}
          />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item
          label={L('whenOptions')}
          name={[name, 'whenOptions']}
          extra={whenGroups.length === 0 ? t('admin.bundles.form.noQuestions') : L('whenOptionsHelp')}
        >
          <Select virtual={false} mode="multiple" allowClear options={whenGroups} />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item label={L('dependsOn')} name={[name, 'dependsOn']} extra={L('dependsOnHelp')}>
          <Select virtual={false} mode="multiple" allowClear options={dependsOptions} />
        </Form.Item>
      </Col>
    </Row>
  );
}

function MembersSection(props: Omit<MemberFieldsProps, 'index' | 'name'>) {
  return (
    <CardList
      grouped
      name={['members']}
      id={fieldId(['members'])}
      noun={t('admin.bundles.form.memberNoun')}
      titleField="key"
      max={20}
      rules={[
        {
          validator: (_, members: unknown[] | undefined) =>
            (members?.length ?? 0) >= 2
              ? Promise.resolve()
              : Promise.reject(new Error(t('admin.bundles.form.twoMembers'))),
        },
      ]}
      newItem={(): MemberFormValue => ({ key: '', whenOptions: [], dependsOn: [] })}
    >
      {(field, index) => <MemberFields index={index} name={field.name} {...props} />}
    </CardList>
  );
}

function HandlingSection() {
  return (
    <Row gutter={16}>
      <Col xs={24} md={8}>
        <Form.Item
          label={L('promisedLimit')}
          name={['promisedLimit', 'amount']}
          extra={L('promisedLimitHelp')}
          rules={[
            {
              required: true,
              type: 'number',
              message: t('admin.form.required', { label: L('promisedLimit') }),
            },
            { type: 'number', min: 0, max: 45, message: t('admin.bundles.form.limitRange') },
          ]}
        >
          <InputNumber min={0} max={3650} precision={0} suffix={L('workdays')} style={{ width: '100%' }} />
        </Form.Item>
      </Col>
      <Col xs={24} md={16}>
        <Form.Item
          label={L('outputWindow')}
          name="outputWindow"
          rules={[required(L('outputWindow')), maxLen(200)]}
        >
          <Input maxLength={200} />
        </Form.Item>
      </Col>
      <Col span={24}>
        <Form.Item
          label={L('outputModes')}
          name="outputModes"
          rules={[
            { required: true, type: 'array', min: 1, message: t('admin.bundles.form.pickOutputModes') },
          ]}
        >
          <CheckboxGroupField
            label={L('outputModes')}
            options={BUNDLE_OUTPUT_MODES.map((mode) => ({ value: mode, label: BUNDLE_OUTPUT_LABELS[mode] }))}
          />
        </Form.Item>
      </Col>
      <Col span={24}>
        <Form.Item label={L('basis')} name="basis" rules={[required(L('basis'))]}>
          <LongText rows={3} />
        </Form.Item>
      </Col>
    </Row>
  );
}

interface BundleFormProps {
  form: FormInstance<BundleFormValues>;
  initialValues: BundleFormValues;
  isNew: boolean;
  readOnly: boolean;
  orgs: OrgRecord[];
  orgsLoading: boolean;
  implementations: ImplementationRow[];
  implementationsLoading: boolean;
}

export function BundleForm({
  form,
  initialValues,
  isNew,
  readOnly,
  orgs,
  orgsLoading,
  implementations,
  implementationsLoading,
}: BundleFormProps) {
  return (
    <Form<BundleFormValues>
      form={form}
      name={FORM_NAME}
      layout="vertical"
      initialValues={initialValues}
      disabled={readOnly}
      aria-label={t('admin.bundles.formLabel')}
      // a life stage of the other audience is no choice any more
      onValuesChange={(changed: Partial<BundleFormValues>, all) => {
        if (changed.audience && all.lifeStage && !stageFitsAudience(all.lifeStage, changed.audience))
          form.setFieldsValue({ lifeStage: undefined });
      }}
    >
      <Section id="basic" title={t('admin.bundles.section.basic')}>
        <BasicSection isNew={isNew} orgs={orgs} orgsLoading={orgsLoading} />
      </Section>
      <Section id="questions" title={t('admin.bundles.section.questions')}>
        <QuestionsSection />
      </Section>
      <Section id="members" title={t('admin.bundles.section.members')}>
        <MembersSection implementations={implementations} implementationsLoading={implementationsLoading} />
      </Section>
      <Section id="handling" title={t('admin.bundles.section.handling')}>
        <HandlingSection />
      </Section>
    </Form>
  );
}
