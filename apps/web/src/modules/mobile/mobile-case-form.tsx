// The application form on the phone: rjsf with the antd-mobile theme (mobile-form-theme.tsx), rendered from
// the API's JSON Schema with Chinese messages, held facts disabled, conditional fields hidden and the API's
// field errors on their fields — for a single case and for a 一件事's merged form alike.
import RjsfForm from '@rjsf/core';
import type { ErrorSchema, RJSFValidationError } from '@rjsf/utils';
import validator from '@rjsf/validator-ajv8';
import { useMemo } from 'react';
import { t } from '../../app/i18n.ts';
import type { CaseView } from '../cases/case-api.ts';
import {
  checkDigitProblems,
  encodeKey,
  formUiSchema,
  fromRjsfData,
  hiddenKeys,
  localiseErrors,
  toRjsfData,
  toRjsfSchema,
} from '../cases/form-rules.ts';
import { mobileTemplates, mobileWidgets } from './mobile-form-theme.tsx';

export type MobileFormHandle = RjsfForm;

export function MobileForm({
  view,
  value,
  onChange,
  extraErrors,
  formRef,
  help,
}: {
  view: Pick<CaseView, 'form'>;
  value: Record<string, unknown>;
  onChange: (next: Record<string, unknown>) => void;
  extraErrors: ErrorSchema | undefined;
  formRef: React.Ref<RjsfForm>;
  /** help under fields, by API key */
  help?: Readonly<Record<string, string>>;
}) {
  const apiSchema = view.form.schema;
  const schema = useMemo(() => toRjsfSchema(apiSchema), [apiSchema]);
  const formData = useMemo(() => toRjsfData(value), [value]);
  const uiSchema = formUiSchema(apiSchema, {
    readOnly: view.form.readOnly,
    hidden: hiddenKeys(apiSchema, value),
    readOnlyHelp: t('case.readOnlyHelp'),
    ...(help ? { help } : {}),
  });
  return (
    <RjsfForm
      ref={formRef}
      className="m-form"
      schema={schema}
      uiSchema={uiSchema}
      validator={validator}
      widgets={mobileWidgets}
      templates={mobileTemplates}
      formData={formData}
      onChange={(e) => onChange(fromRjsfData(e.formData as Record<string, unknown>))}
      extraErrors={extraErrors}
      transformErrors={(errors: RJSFValidationError[]) => localiseErrors(errors, schema)}
      customValidate={(data, errors) => {
        for (const p of checkDigitProblems(apiSchema, fromRjsfData(data as Record<string, unknown>))) {
          (errors as Record<string, { addError?: (m: string) => void }>)[encodeKey(p.field)]?.addError?.(
            p.message,
          );
        }
        return errors;
      }}
      showErrorList={false}
      noHtml5Validate
      focusOnFirstError
    />
  );
}
