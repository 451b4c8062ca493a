// The rjsf props of an application's form (a case's form, a 一件事's merged form), shared by the portal's antd
// theme (portal/case-form.tsx) and the phone's (mobile/mobile-case-form.tsx): the API's JSON Schema as rjsf
// takes it, the held facts read-only and conditional fields hidden, the answers in and out, the API's field
// errors on their fields, Chinese messages and the ID number's check digit.
import type RjsfForm from '@rjsf/core';
import type { FormProps } from '@rjsf/core';
import type { ErrorSchema, RJSFValidationError } from '@rjsf/utils';
import validator from '@rjsf/validator-ajv8';
import { type Ref, useMemo } from 'react';
import { t } from '../../app/i18n.ts';
import type { CaseView } from './case-api.ts';
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
} from './form-rules.ts';

export interface CaseFormInput {
  view: Pick<CaseView, 'form'>;
  value: Record<string, unknown>;
  onChange: (next: Record<string, unknown>) => void;
  extraErrors: FlatErrorSchema | undefined;
  formRef: Ref<RjsfForm>;
  /** help under fields, by API key */
  help?: Readonly<Record<string, string>>;
}

export function useCaseFormProps({ view, value, onChange, extraErrors, help }: CaseFormInput) {
  const apiSchema = view.form.schema;
  const schema = useMemo(() => toRjsfSchema(apiSchema), [apiSchema]);
  const formData = useMemo(() => toRjsfData(value), [value]);
  const uiSchema = formUiSchema(apiSchema, {
    readOnly: view.form.readOnly,
    hidden: hiddenKeys(apiSchema, value),
    readOnlyHelp: t('case.readOnlyHelp'),
    ...(help ? { help } : {}),
  });
  return {
    schema,
    uiSchema,
    validator,
    formData,
    onChange: (e) => onChange(fromRjsfData(e.formData as Record<string, unknown>)),
    extraErrors: extraErrors as ErrorSchema | undefined,
    transformErrors: (errors: RJSFValidationError[]) => localiseErrors(errors, schema),
    customValidate: (data, errors) => {
      for (const p of checkDigitProblems(apiSchema, fromRjsfData(data as Record<string, unknown>))) {
        (errors as Record<string, { addError?: (m: string) => void }>)[encodeKey(p.field)]?.addError?.(
          p.message,
        );
      }
      return errors;
    },
    showErrorList: false,
    noHtml5Validate: true,
    focusOnFirstError: true,
  } satisfies FormProps;
}
