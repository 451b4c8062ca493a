// The application form rendered by rjsf (antd theme) from the JSON Schema the API sends, with Chinese
// messages, the platform's held facts disabled, conditional fields hidden and the API's field errors shown
// on their fields (extraErrors). A 一件事's merged form is rendered by it too.

import Form from '@rjsf/antd';
import { type CaseFormInput, useCaseFormProps } from '../cases/use-case-form.ts';

export function CaseForm(input: CaseFormInput) {
  return <Form ref={input.formRef} className="case-form" {...useCaseFormProps(input)} />;
}
