// The application form on the phone: rjsf with the antd-mobile theme (mobile-form-theme.tsx), rendered from
// the API's JSON Schema with Chinese messages, held facts disabled, conditional fields hidden and the API's
// field errors on their fields — for a single case and for a 一件事's merged form alike.
import RjsfForm from '@rjsf/core';
import { type CaseFormInput, useCaseFormProps } from '../cases/use-case-form.ts';
import { mobileTemplates, mobileWidgets } from './mobile-form-theme.tsx';

export function MobileForm(input: CaseFormInput) {
  return (
    <RjsfForm
      ref={input.formRef}
      className="m-form"
      widgets={mobileWidgets}
      templates={mobileTemplates}
      {...useCaseFormProps(input)}
    />
  );
}
