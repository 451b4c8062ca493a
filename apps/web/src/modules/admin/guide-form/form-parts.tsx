// Building blocks shared by the editor sections (an item's guide, a 一件事 definition): a time limit, a list of
// cards with its own messages, a file upload.
import {
  ArrowDownOutlined,
  ArrowUpOutlined,
  DeleteOutlined,
  PlusOutlined,
  UploadOutlined,
} from '@ant-design/icons';
import { App, Button, Card, Checkbox, Col, Form, Input, InputNumber, Select, Space, Typography } from 'antd';
import type { Rule } from 'antd/es/form';
import { type ComponentProps, type ReactNode, useRef, useState } from 'react';
import { ApiError } from '../../../app/api.ts';
import { t } from '../../../app/i18n.ts';
import { fileUrl, uploadCatalogFile } from '../admin-api.ts';
import { ENUM_OPTIONS, fieldLabel } from './guide-labels.ts';

export type NamePath = (string | number)[];

export const required = (label: string): Rule => ({
  required: true,
  whitespace: true,
  message: t('admin.form.required', { label }),
});
export const maxLen = (max: number): Rule => ({ max, message: t('admin.form.maxLength', { n: max }) });
export const requiredNumber = (label: string): Rule => ({
  required: true,
  type: 'number',
  message: t('admin.form.required', { label }),
});

/** 时长 + 计算单位 of a TimeLimit at `name`, labelled from `pattern` (e.g. `promisedLimit`). */
export function LimitItems({ name, pattern, span = 12 }: { name: NamePath; pattern: string; span?: number }) {
  const amountLabel = fieldLabel(`${pattern}.amount`);
  const unitLabel = fieldLabel(`${pattern}.unit`);
  return (
    <>
      <Col xs={24} md={span}>
        <Form.Item label={amountLabel} name={[...name, 'amount']} rules={[requiredNumber(amountLabel)]}>
          <InputNumber min={0} max={3650} precision={0} style={{ width: '100%' }} />
        </Form.Item>
      </Col>
      <Col xs={24} md={span}>
        <Form.Item
          label={unitLabel}
          name={[...name, 'unit']}
          rules={[{ required: true, message: t('admin.form.required', { label: unitLabel }) }]}
        >
          <Select options={ENUM_OPTIONS.limitUnit} />
        </Form.Item>
      </Col>
    </>
  );
}

export function LongText({ rows = 3, ...props }: ComponentProps<typeof Input.TextArea>) {
  return <Input.TextArea autoSize={{ minRows: rows, maxRows: 12 }} maxLength={4000} {...props} />;
}

/** The name of a list element as the editor types it, for card titles. */
function WatchedName({ path }: { path: NamePath }) {
  const form = Form.useFormInstance();
  const value: unknown = Form.useWatch(path, { form, preserve: true });
  return typeof value === 'string' && value.trim() ? <>「{value.trim()}」</> : null;
}

/** A fieldset without the browser's frame: a named group that looks like nothing. */
export const PLAIN_FIELDSET = { border: 0, padding: 0, margin: 0, minWidth: 0 } as const;

/** A list's own messages (至少 2 个, 循环依赖), under the list, in the error colour. */
export function ListErrors({ errors }: { errors: ReactNode[] }) {
  if (errors.length === 0) return null;
  return (
    <div style={{ marginBlock: 4 }}>
      {errors.map((error) => (
        <Typography.Text key={String(error)} type="danger" style={{ display: 'block' }}>
          {error}
        </Typography.Text>
      ))}
    </div>
  );
}

interface CardListProps {
  name: NamePath;
  /** e.g. 材料 → 材料 1「营业执照」 */
  noun: string;
  /** field of the element shown in the card title */
  titleField?: string;
  newItem: () => unknown;
  max: number;
  rules?: Parameters<typeof Form.List>[0]['rules'];
  /** the id of the list's place, focusable, for a problem summary to lead to */
  id?: string;
  /** each card a named group (成员事项 2), so that its fields are found by that name */
  grouped?: boolean;
  children: (field: { name: number; key: number }, index: number) => ReactNode;
}

/** A Form.List shown as one card per element, with move up/down and delete. */
export function CardList({
  name,
  noun,
  titleField = 'name',
  newItem,
  max,
  rules,
  id,
  grouped = false,
  children,
}: CardListProps) {
  return (
    <Form.List name={name} rules={rules}>
      {(fields, { add, remove, move }, { errors }) => (
        <div id={id} tabIndex={id ? -1 : undefined} style={{ outline: 'none' }}>
          {fields.map((field, index) => {
            const title = `${noun} ${index + 1}`;
            return (
              <Card
                key={field.key}
                size="small"
                style={{ marginBottom: 12 }}
                title={
                  <span>
                    {title}
                    <WatchedName path={[...name, field.name, titleField]} />
                  </span>
                }
                extra={
                  <Space size={4}>
                    <Button
                      type="text"
                      size="small"
                      icon={<ArrowUpOutlined aria-hidden />}
                      aria-label={t('admin.form.moveUp', { item: title })}
                      disabled={index === 0}
                      onClick={() => move(index, index - 1)}
                    />
                    <Button
                      type="text"
                      size="small"
                      icon={<ArrowDownOutlined aria-hidden />}
                      aria-label={t('admin.form.moveDown', { item: title })}
                      disabled={index === fields.length - 1}
                      onClick={() => move(index, index + 1)}
                    />
                    <Button
                      type="text"
                      size="small"
                      danger
                      icon={<DeleteOutlined aria-hidden />}
                      aria-label={t('admin.form.removeItem', { item: title })}
                      onClick={() => remove(field.name)}
                    >
                      {t('admin.form.remove')}
                    </Button>
                  </Space>
                }
              >
                {grouped ? (
                  <fieldset aria-label={title} style={PLAIN_FIELDSET}>
                    {children(field, index)}
                  </fieldset>
                ) : (
                  children(field, index)
                )}
              </Card>
            );
          })}
          <ListErrors errors={errors} />
          <Button
            type="dashed"
            icon={<PlusOutlined aria-hidden />}
            onClick={() => add(newItem())}
            disabled={fields.length >= max}
            style={{ marginTop: 4 }}
          >
            {t('admin.form.add', { noun })}
          </Button>
        </div>
      )}
    </Form.List>
  );
}

interface FileFieldProps {
  /** sha256 of the stored file */
  value?: string;
  onChange?: (value: string | undefined) => void;
  id?: string;
  /** what the file is, e.g. 空白表格 */
  what: string;
  accept?: string;
}

/** Uploads through POST /api/catalog/files and keeps the sha256; shows the server's 413/415 message. */
export function FileField({
  value,
  onChange,
  id,
  what,
  accept = '.pdf,.doc,.docx,.xls,.xlsx,.jpg,.jpeg,.png',
}: FileFieldProps) {
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  const [name, setName] = useState<string>();
  const { message } = App.useApp();

  const onFile = async (file: File | undefined) => {
    if (!file) return;
    setBusy(true);
    try {
      const stored = await uploadCatalogFile(file);
      setName(stored.originalName);
      onChange?.(stored.sha256);
      void message.success(t('admin.upload.done', { what, name: stored.originalName }));
    } catch (error) {
      void message.error(error instanceof ApiError ? error.message : t('admin.upload.failed'));
    } finally {
      setBusy(false);
      if (input.current) input.current.value = '';
    }
  };

  return (
    <Space id={id} wrap size={8}>
      <input
        ref={input}
        type="file"
        style={{ display: 'none' }}
        accept={accept}
        aria-label={t('admin.upload.choose', { what })}
        onChange={(event) => void onFile(event.target.files?.[0])}
      />
      <Button icon={<UploadOutlined aria-hidden />} loading={busy} onClick={() => input.current?.click()}>
        {value ? t('admin.upload.replace', { what }) : t('admin.upload.upload', { what })}
      </Button>
      {value ? (
        <>
          <a href={fileUrl(value)} target="_blank" rel="noreferrer">
            {name ?? t('admin.upload.view', { what })}
          </a>
          <Button type="link" size="small" onClick={() => onChange?.(undefined)}>
            {t('admin.upload.remove', { what })}
          </Button>
        </>
      ) : (
        <span>{t('admin.upload.none')}</span>
      )}
    </Space>
  );
}

type CheckboxGroupFieldProps = ComponentProps<typeof Checkbox.Group> & {
  'aria-required'?: string;
  label: string;
};

/**
 * A checkbox group as a named `group`. Form.Item marks required children with aria-required, which a
 * group may not carry (axe aria-allowed-attr); the requirement is still shown and validated.
 */
export function CheckboxGroupField({ 'aria-required': _required, label, ...props }: CheckboxGroupFieldProps) {
  return <Checkbox.Group role="group" aria-label={label} {...props} />;
}
