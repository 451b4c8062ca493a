// 一次领取/邮寄 at the output window: every finished member of a bundle case handed over (against the signed
// name of who collects) or posted (with the tracking number) at once, recorded per member by the API.
import { SendOutlined } from '@ant-design/icons';
import type { BundleCaseView } from '@msb/contracts';
import { App, Button, Form, Input, Modal, Radio } from 'antd';
import { useState } from 'react';
import { t } from '../../../../app/i18n.ts';
import { useBundleCase, useBundleCommand } from '../../../bundles/bundle-api.ts';
import { deliverableMembers } from '../../../bundles/bundle-rules.ts';
import type { ServerProblem } from '../../shell/server-problem.tsx';
import { ProblemAlert, toProblem } from '../problem-alert.tsx';

interface DeliverValues {
  deliveryMethod: 'window' | 'post';
  signedReceipt?: string;
  trackingNumber?: string;
}

function DeliverModal({ view, onClose }: { view: BundleCaseView; onClose: () => void }) {
  const { message } = App.useApp();
  const command = useBundleCommand(view.id);
  const [form] = Form.useForm<DeliverValues>();
  const initialMethod = view.outputMode === 'post' ? 'post' : 'window';
  // useWatch is undefined on the first render: fall back to the initial value
  const method = Form.useWatch('deliveryMethod', form) ?? initialMethod;
  const [problem, setProblem] = useState<ServerProblem | null>(null);
  const members = deliverableMembers(view);
  const submit = async (v: DeliverValues) => {
    setProblem(null);
    try {
      await command.mutateAsync({
        kind: 'deliver',
        input:
          v.deliveryMethod === 'post'
            ? { deliveryMethod: 'post', trackingNumber: (v.trackingNumber ?? '').trim() }
            : { deliveryMethod: 'window', signedReceipt: (v.signedReceipt ?? '').trim() },
      });
      void message.success(t('admin.bundle.deliver.done', { n: members.length }));
      onClose();
    } catch (error) {
      setProblem(toProblem(error));
    }
  };
  return (
    <Modal
      open
      title={t('admin.bundle.deliver.title')}
      okText={t('admin.bundle.deliver.ok')}
      cancelText={t('admin.common.cancel')}
      okButtonProps={{ loading: command.isPending }}
      onCancel={onClose}
      onOk={() => void form.validateFields().then(submit)}
      destroyOnHidden
    >
      <ProblemAlert problem={problem} onClose={() => setProblem(null)} />
      <p>{t('admin.bundle.deliver.intro', { n: members.length })}</p>
      <ul>
        {members.map((m) => (
          <li key={m.key}>
            {m.itemName}（{m.stateLabel}）
          </li>
        ))}
      </ul>
      <Form<DeliverValues>
        form={form}
        layout="vertical"
        name="bundle-deliver"
        preserve={false}
        initialValues={{ deliveryMethod: initialMethod }}
      >
        <Form.Item label={t('admin.bundle.deliver.method')} name="deliveryMethod">
          <Radio.Group
            options={[
              { value: 'window', label: t('admin.bundle.deliver.window') },
              { value: 'post', label: t('admin.bundle.deliver.post') },
            ]}
          />
        </Form.Item>
        {view.outputMode === 'post' && view.postalAddress ? (
          <p>{t('admin.bundle.deliver.address', { address: view.postalAddress })}</p>
        ) : null}
        {method === 'post' ? (
          <Form.Item
            label={t('admin.bundle.deliver.trackingNumber')}
            name="trackingNumber"
            rules={[
              { required: true, whitespace: true, message: t('admin.bundle.deliver.trackingRequired') },
            ]}
          >
            <Input maxLength={60} />
          </Form.Item>
        ) : (
          <Form.Item
            label={t('admin.bundle.deliver.signedReceipt')}
            name="signedReceipt"
            rules={[{ required: true, whitespace: true, message: t('admin.bundle.deliver.signedRequired') }]}
          >
            <Input maxLength={100} />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}

/** The 一次领取/邮寄 button of a bundle case; loads the case when only its id is known (a list row). */
export function DeliverButton({ bundleCaseId, label }: { bundleCaseId: string; label?: string }) {
  const [open, setOpen] = useState(false);
  const query = useBundleCase(open ? bundleCaseId : undefined);
  return (
    <>
      <Button
        type="primary"
        icon={<SendOutlined aria-hidden />}
        loading={open && query.isPending}
        aria-label={label}
        onClick={() => setOpen(true)}
      >
        {t('admin.bundle.deliver.button')}
      </Button>
      {open && query.data ? <DeliverModal view={query.data} onClose={() => setOpen(false)} /> : null}
    </>
  );
}
