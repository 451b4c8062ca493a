// A material's row on the phone, for a single case (mobile-case-materials.tsx) and a 一件事
// (bundles/mobile-bundle-materials.tsx) alike: its name with the requirement, whether it is provided, what it
// asks, the problems reported for it, its files, 上传 through the phone's own file picker (a native file input
// behind a button-like label) and what else the page offers when editable, and an upload's failure.
import { Tag, Toast } from 'antd-mobile';
import type { ReactNode } from 'react';
import { t } from '../../app/i18n.ts';
import {
  type MaterialRowProps,
  REQUIREMENT_TONE,
  sendMaterial,
  UPLOAD_ACCEPT,
} from '../cases/material-rules.ts';
import { TONE_COLOURS } from './mobile-state-tag.tsx';

export function MobileMaterialItem({
  material,
  requirementLabel,
  provided,
  details,
  problems,
  files,
  upload,
  editable,
  actions,
  after,
}: MaterialRowProps & {
  /** offered next to 上传 */
  actions?: ReactNode;
  /** below the actions */
  after?: ReactNode;
}) {
  const inputId = `m-file-${material.materialId}`;
  return (
    <li className={`m-material${problems.length ? ' m-material-problem' : ''}`}>
      <h3 className="m-material-name">
        {material.name}
        <Tag color={TONE_COLOURS[REQUIREMENT_TONE[material.requirement]]} fill="outline" className="m-tag">
          {requirementLabel}
        </Tag>
      </h3>
      <p className={provided ? 'm-provided' : 'm-missing'}>
        {provided ? t('case.material.provided') : t('case.material.missing')}
      </p>
      {details}
      {problems.map((p) => (
        <p key={p} className="m-field-errors" role="alert">
          {p}
        </p>
      ))}
      {files.length > 0 && (
        <ul className="m-files" aria-label={t('case.material.files')}>
          {files}
        </ul>
      )}
      {editable && (
        <div className="m-material-actions">
          <input
            id={inputId}
            type="file"
            accept={UPLOAD_ACCEPT}
            className="m-file-input"
            aria-label={t('case.material.uploadNamed', { name: material.name })}
            disabled={upload.isPending}
            onChange={(e) => {
              const file = e.target.files?.[0];
              e.target.value = '';
              if (!file) return;
              sendMaterial(upload, material, file, (content) => Toast.show({ content }));
            }}
          />
          <label htmlFor={inputId} className="m-button-link">
            {upload.isPending ? t('case.material.uploading') : t('case.material.upload')}
          </label>
          {actions}
        </div>
      )}
      {after}
      {upload.isError && (
        <p className="m-field-errors" role="alert">
          {t('case.material.uploadFailed', { message: upload.error.message })}
        </p>
      )}
    </li>
  );
}
