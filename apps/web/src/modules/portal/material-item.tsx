// A material's row on the portal, for a single case (case-materials.tsx) and a 一件事
// (bundles/bundle-materials.tsx) alike: its name with the requirement and whether it is provided, what it
// asks, the problems reported for it, its files, 上传 (and what else the page offers) when editable, and an
// upload's failure. `UploadButton` is 上传 alone (antd Upload), used by the missing-materials panel too.
import { UploadOutlined } from '@ant-design/icons';
import { App, Button, Upload } from 'antd';
import type { ReactNode } from 'react';
import { t } from '../../app/i18n.ts';
import {
  type MaterialRowProps,
  type MaterialUpload,
  REQUIREMENT_TONE,
  sendMaterial,
  UPLOAD_ACCEPT,
} from '../cases/material-rules.ts';
import { ToneTag } from './case-tags.tsx';

export function UploadButton({
  upload,
  material,
  label,
  children,
}: {
  upload: MaterialUpload;
  material: { materialId: string; name: string };
  /** the button's accessible name */
  label: string;
  children: ReactNode;
}) {
  const { message } = App.useApp();
  return (
    <Upload
      accept={UPLOAD_ACCEPT}
      showUploadList={false}
      customRequest={({ file, onSuccess, onError }) =>
        sendMaterial(
          upload,
          material,
          file as File,
          (text, failed) => void (failed ? message.error(text) : message.success(text)),
          { onSuccess: (row) => onSuccess?.(row), onError: (e) => onError?.(e) },
        )
      }
    >
      <Button icon={<UploadOutlined aria-hidden="true" />} loading={upload.isPending} aria-label={label}>
        {children}
      </Button>
    </Upload>
  );
}

export function MaterialItem({
  material,
  requirementLabel,
  headingId,
  tags,
  provided,
  details,
  problems,
  files,
  upload,
  editable,
  children,
}: MaterialRowProps & {
  headingId?: string;
  /** more tags after the requirement's */
  tags?: ReactNode;
  /** offered next to 上传 */
  children?: ReactNode;
}) {
  return (
    <li className={`case-material${problems.length ? ' case-material-problem' : ''}`}>
      <div className="case-material-head">
        <h3 id={headingId} className="case-material-name">
          {material.name}
        </h3>
        <ToneTag tone={REQUIREMENT_TONE[material.requirement]}>{requirementLabel}</ToneTag>
        {material.allowMissing && <ToneTag tone="progress">{t('case.material.allowMissing')}</ToneTag>}
        {tags}
        <span className={provided ? 'case-provided' : 'case-missing'}>
          {provided ? t('case.material.provided') : t('case.material.missing')}
        </span>
      </div>
      {details}
      {problems.map((p) => (
        <p key={p} className="case-field-error" role="alert">
          {p}
        </p>
      ))}
      {files.length > 0 && (
        <ul className="case-files" aria-label={t('case.material.files')}>
          {files}
        </ul>
      )}
      {editable && (
        <div className="case-material-actions">
          <UploadButton
            upload={upload}
            material={material}
            label={t('case.material.uploadNamed', { name: material.name })}
          >
            {upload.isPending ? t('case.material.uploading') : t('case.material.upload')}
          </UploadButton>
          {children}
        </div>
      )}
      {upload.isError && (
        <p className="case-field-error" role="alert">
          {t('case.material.uploadFailed', { message: upload.error.message })}
        </p>
      )}
    </li>
  );
}
