// The application form rendered by rjsf (antd theme) from the JSON Schema the API sends, with Chinese
// messages, the platform's held facts disabled, conditional fields hidden and the API's field errors shown
// on their fields (extraErrors). A 一件事's merged form is rendered by it too.

import Form from '@rjsf/antd';
import type RjsfForm from '@rjsf/core';
import type { ErrorSchema, RJSFValidationError } from '@rjsf/utils';
import validator from '@rjsf/validator-ajv8';
import { type Ref, useMemo } from 'react';
import { t } from '../../app/i18n.ts';
import type { CaseView } from '../cases/case-api.ts';
import {
  checkDigitProblems,
  encodeKey,
  type FlatErrorSchema,
  formUiSchema,
  fromRjsfData,
  hiddenKeys,
  localiseErrors,
  toRjsfData,
  toRjsfSchema,
} from '../cases/form-rules.ts';

export type CaseFormHandle = RjsfForm;

export function CaseForm({
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
  extraErrors: FlatErrorSchema | undefined;
  formRef: Ref<CaseFormHandle>;
  /** help under fields, by API key */
  help?: Readonly<Record<string, string>>;
}) {
  const apiSchema = view.form.schema;
  const schema = useMemo(() => toRjsfSchema(apiSchema), [apiSchema]);
  const formData = useMemo(() => toRjsfData(value), [value]);
  const hidden = hiddenKeys(apiSchema, value);
  const uiSchema = formUiSchema(apiSchema, {
    readOnly: view.form.readOnly,
    hidden,
    readOnlyHelp: t('case.readOnlyHelp'),
    ...(help ? { help } : {}),
  });
  return (
    <Form
      ref={formRef}
      className="case-form"
      schema={schema}
      uiSchema={uiSchema}
      validator={validator}
      formData={formData}
      onChange={(e) => onChange(fromRjsfData(e.formData as Record<string, unknown>))}
      extraErrors={extraErrors as ErrorSchema | undefined}
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
