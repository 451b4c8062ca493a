// An rjsf theme for the phone built on antd-mobile: the library still renders the application form from the
// API's JSON Schema, with antd-mobile inputs, radios and checkboxes in place of the core theme's plain HTML.
// Labels, help and errors are tied to their inputs (for/id, aria-describedby, aria-invalid).
import {
  ariaDescribedByIds,
  errorId,
  type FieldErrorProps,
  type FieldHelpProps,
  type FieldTemplateProps,
  getInputProps,
  helpId,
  type ObjectFieldTemplateProps,
  type RegistryWidgetsType,
  type TemplatesType,
  type WidgetProps,
} from '@rjsf/utils';
import { Checkbox, Input, type InputRef, Radio, Space, TextArea, type TextAreaRef } from 'antd-mobile';
import { type RefObject, useEffect, useRef } from 'react';

/** antd-mobile keeps aria-describedby and aria-invalid on its wrapper: put them on the native control. */
function useNativeAria(
  ref: RefObject<{ nativeElement: HTMLElement | null } | null>,
  id: string,
  invalid: boolean,
  required: boolean,
) {
  useEffect(() => {
    const el = ref.current?.nativeElement;
    if (!el) return;
    el.setAttribute('aria-describedby', ariaDescribedByIds(id));
    if (invalid) el.setAttribute('aria-invalid', 'true');
    else el.removeAttribute('aria-invalid');
    if (required) el.setAttribute('aria-required', 'true');
    else el.removeAttribute('aria-required');
  });
}

function BaseInput(props: WidgetProps) {
  const {
    id,
    value,
    readonly,
    disabled,
    onChange,
    onBlur,
    onFocus,
    options,
    schema,
    type,
    rawErrors,
    required,
  } = props;
  const ref = useRef<InputRef>(null);
  useNativeAria(ref, id, Boolean(rawErrors?.length), Boolean(required));
  const inputProps = getInputProps(schema, type, options);
  const numeric = inputProps.type === 'number';
  return (
    <Input
      ref={ref}
      id={id}
      name={id}
      className="m-field-input"
      type={inputProps.type}
      inputMode={numeric ? 'decimal' : undefined}
      step={inputProps.step === undefined ? undefined : String(inputProps.step)}
      value={value === undefined || value === null ? '' : String(value)}
      readOnly={readonly}
      disabled={disabled}
      maxLength={typeof schema.maxLength === 'number' ? schema.maxLength : undefined}
      onChange={(v) => onChange(v === '' ? options.emptyValue : numeric ? Number(v) : v)}
      onBlur={(e) => onBlur(id, e.target.value)}
      onFocus={(e) => onFocus(id, e.target.value)}
    />
  );
}

function TextareaWidget(props: WidgetProps) {
  const { id, value, readonly, disabled, onChange, onBlur, onFocus, options, schema, rawErrors, required } =
    props;
  const ref = useRef<TextAreaRef>(null);
  useNativeAria(ref, id, Boolean(rawErrors?.length), Boolean(required));
  return (
    <TextArea
      ref={ref}
      id={id}
      className="m-field-input"
      autoSize={{ minRows: 2, maxRows: 6 }}
      value={value === undefined || value === null ? '' : String(value)}
      readOnly={readonly}
      disabled={disabled}
      maxLength={typeof schema.maxLength === 'number' ? schema.maxLength : undefined}
      onChange={(v) => onChange(v === '' ? options.emptyValue : v)}
      onBlur={(e) => onBlur(id, e.target.value)}
      onFocus={(e) => onFocus(id, e.target.value)}
    />
  );
}

/** One choice of a few (enum with Chinese labels): antd-mobile radios, keyboard-usable (see mobile-cases.css). */
function SelectWidget(props: WidgetProps) {
  const { id, value, disabled, readonly, onChange, options, rawErrors } = props;
  const choices = options.enumOptions ?? [];
  return (
    <div
      role="radiogroup"
      aria-labelledby={`${id}-label`}
      aria-describedby={ariaDescribedByIds(id)}
      aria-invalid={rawErrors?.length ? true : undefined}
      className="m-field-choices"
    >
      <Radio.Group
        value={value ?? null}
        disabled={disabled || readonly}
        onChange={(v) => onChange(v === null ? options.emptyValue : v)}
      >
        <Space direction="vertical">
          {choices.map((c, i) => (
            <Radio key={String(c.value)} id={i === 0 ? id : `${id}-${i}`} value={c.value as string}>
              {c.label}
            </Radio>
          ))}
        </Space>
      </Radio.Group>
    </div>
  );
}

function CheckboxWidget(props: WidgetProps) {
  const { id, value, disabled, readonly, onChange, label, required } = props;
  return (
    <Checkbox
      id={id}
      checked={value === true}
      disabled={disabled || readonly}
      onChange={(checked) => onChange(checked)}
    >
      {label}
      {required && (
        <span className="m-field-required" aria-hidden="true">
          *
        </span>
      )}
    </Checkbox>
  );
}

function DateWidget(props: WidgetProps) {
  return <BaseInput {...props} type="date" />;
}

function FieldTemplate(props: FieldTemplateProps) {
  const {
    id,
    label,
    required,
    displayLabel,
    hidden,
    children,
    errors,
    help,
    description,
    rawErrors,
    schema,
  } = props;
  if (hidden) return <div className="m-field-hidden">{children}</div>;
  if (schema.type === 'object') return children;
  const isChoice = Array.isArray(schema.oneOf) || Array.isArray(schema.enum);
  return (
    <div className={`m-field${rawErrors?.length ? ' m-field-error' : ''}`}>
      {displayLabel &&
        label &&
        (isChoice ? (
          // a group of radios is named by aria-labelledby; a <label for> would rename its first radio
          <span id={`${id}-label`} className="m-field-label">
            {label}
            {required && (
              <span className="m-field-required" aria-hidden="true">
                *
              </span>
            )}
          </span>
        ) : (
          <label id={`${id}-label`} htmlFor={id} className="m-field-label">
            {label}
            {required && (
              <span className="m-field-required" aria-hidden="true">
                *
              </span>
            )}
          </label>
        ))}
      {description}
      {children}
      {errors}
      {help}
    </div>
  );
}

function FieldErrorTemplate({ errors = [], fieldPathId }: FieldErrorProps) {
  const list = errors.filter((e): e is string => typeof e === 'string' && e !== '');
  if (list.length === 0) return null;
  return (
    <ul id={errorId(fieldPathId)} className="m-field-errors">
      {list.map((e) => (
        <li key={e}>{e}</li>
      ))}
    </ul>
  );
}

function FieldHelpTemplate({ help, fieldPathId }: FieldHelpProps) {
  if (!help) return null;
  return (
    <p id={helpId(fieldPathId)} className="m-field-help">
      {help}
    </p>
  );
}

function ObjectFieldTemplate({ properties }: ObjectFieldTemplateProps) {
  return <div className="m-form-fields">{properties.map((p) => p.content)}</div>;
}

export const mobileWidgets: RegistryWidgetsType = {
  TextWidget: BaseInput,
  TextareaWidget,
  SelectWidget,
  RadioWidget: SelectWidget,
  CheckboxWidget,
  DateWidget,
};

export const mobileTemplates: Partial<TemplatesType> = {
  BaseInputTemplate: BaseInput,
  FieldTemplate,
  FieldErrorTemplate,
  FieldHelpTemplate,
  ObjectFieldTemplate,
  ErrorListTemplate: () => null,
};
