// 告知承诺 and 容缺受理 for the applicant: before acceptance, read the item's commitment text and sign it (full
// name, optionally a drawn signature); the materials it covers then need no upload. After acceptance with
// materials missing (容缺), the list of what to supply by when, each uploadable here.
import { FilePdfOutlined } from '@ant-design/icons';
import { Alert, App, Button, Checkbox, Form, Input } from 'antd';
import { useState } from 'react';
import { t } from '../../app/i18n.ts';
import { type CaseView, useUploadMaterial } from '../cases/case-api.ts';
import { formatDate, formatDateTime } from '../cases/case-format.ts';
import { type MissingMaterialView, useCommitment, useSignCommitment } from '../cases/obligation-api.ts';
import { ToneTag } from './case-tags.tsx';
import { UploadButton } from './material-item.tsx';
import { SignaturePad } from './signature-pad.tsx';

type SignValues = { fullName: string; agree: boolean };

/** States before acceptance, in which the applicant may still sign (the server decides again). */
const SIGNING_STATES = ['draft', 'submitted', 'awaiting_correction'];

export function CommitmentPanel({ view }: { view: CaseView }) {
  const offer = useCommitment(view.id, view.commitmentOffered);
  const sign = useSignCommitment(view.id);
  const { message } = App.useApp();
  const [png, setPng] = useState<string | null>(null);
  const [form] = Form.useForm<SignValues>();
  const data = offer.data;
  if (!view.commitmentOffered || !data?.available) return null;
  if (!data.signed && !SIGNING_STATES.includes(view.state)) return null;

  const covers =
    data.materials.length > 0
      ? t('obligation.portal.covers', {
          names: data.materials.map((m) => m.name).join(t('common.listSeparator')),
        })
      : t('obligation.portal.coversNone');
  const submit = (values: SignValues) =>
    sign.mutate(
      {
        fullName: values.fullName.trim(),
        ...(png ? { signaturePng: png.replace(/^data:image\/png;base64,/, '') } : {}),
      },
      {
        onSuccess: () => void message.success(t('obligation.portal.signedTitle')),
        onError: (error) => {
          const fields = (error as { details?: { fields?: { field: string; message: string }[] } }).details
            ?.fields;
          const name = fields?.find((f) => f.field === 'fullName');
          if (name) form.setFields([{ name: 'fullName', errors: [name.message] }]);
        },
      },
    );

  return (
    <section aria-labelledby="case-commitment" className="portal-panel case-block">
      <h2 id="case-commitment" className="portal-section-title">
        {t('obligation.portal.commitmentTitle')}
      </h2>
      {data.signed ? (
        <Alert
          type="success"
          showIcon
          title={t('obligation.portal.signedTitle')}
          description={
            <>
              <p>
                {t('obligation.portal.signedText', {
                  name: data.signed.signerName,
                  at: formatDateTime(data.signed.signedAt),
                })}
              </p>
              <p>{covers}</p>
              <Button
                href={data.signed.pdfUrl}
                target="_blank"
                rel="noopener"
                icon={<FilePdfOutlined aria-hidden="true" />}
              >
                {t('obligation.portal.pdf')}
              </Button>
            </>
          }
        />
      ) : data.excluded ? (
        <Alert type="warning" showIcon title={t('obligation.portal.excluded')} description={data.excluded} />
      ) : (
        <>
          <p>{t('obligation.portal.commitmentIntro', { n: data.verifyWithinWorkdays ?? '' })}</p>
          <blockquote
            className="case-commitment-text"
            style={{ whiteSpace: 'pre-wrap', borderLeft: '3px solid #91caff', paddingLeft: 12 }}
          >
            {data.text}
          </blockquote>
          <p>{covers}</p>
          {sign.isError && (
            <Alert type="error" showIcon role="alert" title={sign.error.message} className="case-block" />
          )}
          {data.canSign && (
            <Form<SignValues> form={form} layout="vertical" name="commitment" onFinish={submit}>
              <Form.Item
                name="agree"
                valuePropName="checked"
                rules={[
                  {
                    validator: (_, value) =>
                      value
                        ? Promise.resolve()
                        : Promise.reject(new Error(t('obligation.portal.agreeRequired'))),
                  },
                ]}
              >
                <Checkbox>{t('obligation.portal.agree')}</Checkbox>
              </Form.Item>
              <Form.Item
                label={t('obligation.portal.fullName')}
                name="fullName"
                extra={t('obligation.portal.fullNameHelp')}
                rules={[
                  { required: true, whitespace: true, message: t('obligation.portal.fullNameRequired') },
                ]}
              >
                <Input maxLength={60} autoComplete="name" style={{ maxWidth: 280 }} />
              </Form.Item>
              <Form.Item label={t('obligation.portal.draw')} extra={t('obligation.portal.drawHelp')}>
                <SignaturePad onChange={setPng} />
              </Form.Item>
              <Button type="primary" htmlType="submit" loading={sign.isPending}>
                {t('obligation.portal.sign')}
              </Button>
            </Form>
          )}
        </>
      )}
    </section>
  );
}

function MissingRow({ view, item }: { view: CaseView; item: MissingMaterialView }) {
  const upload = useUploadMaterial(view.id);
  const open = item.status === 'open' || item.status === 'expired';
  return (
    <li className="case-material">
      <div className="case-material-head">
        <h3 className="case-material-name">{item.name}</h3>
        <ToneTag
          tone={item.status === 'supplied' ? 'success' : item.status === 'expired' ? 'danger' : 'attention'}
        >
          {item.statusLabel}
        </ToneTag>
      </div>
      <p className="case-material-counts">
        {item.status === 'uploaded'
          ? t('obligation.portal.uploaded')
          : t('obligation.portal.missingDue', { date: formatDate(item.dueOn) })}
      </p>
      {open && (
        <UploadButton
          upload={upload}
          material={item}
          label={t('obligation.portal.uploadOf', { name: item.name })}
        >
          {t('obligation.portal.upload')}
        </UploadButton>
      )}
    </li>
  );
}

export function MissingMaterialsPanel({ view }: { view: CaseView }) {
  if (view.missingMaterials.length === 0) return null;
  return (
    <section aria-labelledby="case-missing" className="portal-panel case-block">
      <h2 id="case-missing" className="portal-section-title">
        {t('obligation.portal.missingTitle')}
      </h2>
      <p>{t('obligation.portal.missingIntro')}</p>
      <ul className="case-materials">
        {view.missingMaterials.map((item) => (
          <MissingRow key={item.materialId} view={view} item={item} />
        ))}
      </ul>
    </section>
  );
}
