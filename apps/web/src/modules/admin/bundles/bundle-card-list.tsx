// A Form.List as one card per element (move up/down, delete), like the guide editor's CardList, with what the
// 一件事 form needs besides: each card is a named group (成员事项 2) so its fields are found by that name, the
// list itself is a focusable place the problem summary can lead to, and the list's own messages (至少 2 个,
// 循环依赖) are shown in the error colour.
import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Form, Space, Typography } from 'antd';
import type { ReactNode } from 'react';
import { t } from '../../../app/i18n.ts';

export const PLAIN_FIELDSET = { border: 0, padding: 0, margin: 0, minWidth: 0 } as const;

/** A list's own messages, under the list. */
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

/** The name of a list element as the editor types it, for card titles. */
function WatchedName({ path }: { path: (string | number)[] }) {
  const form = Form.useFormInstance();
  const value: unknown = Form.useWatch(path, { form, preserve: true });
  return typeof value === 'string' && value.trim() ? <>「{value.trim()}」</> : null;
}

interface BundleCardListProps {
  name: string;
  /** the id of the list's place (antd's id of the field `name`) */
  id: string;
  /** e.g. 成员事项 → 成员事项 1「birth-certificate」 */
  noun: string;
  titleField: string;
  max: number;
  newItem: () => unknown;
  rules?: Parameters<typeof Form.List>[0]['rules'];
  children: (field: { name: number; key: number }, index: number) => ReactNode;
}

export function BundleCardList({
  name,
  id,
  noun,
  titleField,
  max,
  newItem,
  rules,
  children,
}: BundleCardListProps) {
  return (
    <Form.List name={name} rules={rules}>
      {(fields, { add, remove, move }, { errors }) => (
        <div id={id} tabIndex={-1} style={{ outline: 'none' }}>
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
                    <WatchedName path={[name, field.name, titleField]} />
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
                <fieldset aria-label={title} style={PLAIN_FIELDSET}>
                  {children(field, index)}
                </fieldset>
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
