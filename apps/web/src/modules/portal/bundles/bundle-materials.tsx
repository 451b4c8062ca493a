// The materials of a bundle case, each listed once with the members that use it: whether it is provided, its
// files, and 上传 (stored once and attached to every member that needs it). Problems the API reported for a
// material are shown on its row.
import { PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import type { BundleCaseView } from '@msb/contracts';
import { Alert, App, Button, Upload } from 'antd';
import { t } from '../../../app/i18n.ts';
import { useUploadBundleMaterial } from '../../bundles/bundle-api.ts';
import { materialCounts, materialLabels, memberNames } from '../../bundles/bundle-rules.ts';
import type { Tone } from '../../cases/case-format.ts';
import { label } from '../../shared/guide-format.ts';
import { UPLOAD_ACCEPT } from '../case-materials.tsx';
import { ToneTag } from '../case-tags.tsx';

type PlanMaterial = BundleCaseView['plan']['materials'][number];

const REQUIREMENT_TONE: Record<PlanMaterial['requirement'], Tone> = {
  required: 'danger',
  conditional: 'attention',
  optional: 'neutral',
};

function MaterialRow({
  view,
  material,
  problems,
  editable,
  label: name,
}: {
  view: BundleCaseView;
  material: PlanMaterial;
  problems: string[];
  editable: boolean;
  /** the material's name on its controls (see materialLabels) */
  label: string;
}) {
  const upload = useUploadBundleMaterial(view.id);
  const { message } = App.useApp();
  const files = view.materials.find((m) => m.materialId === material.materialId)?.files ?? [];
  const provided = files.length > 0;
  return (
    <li className={`case-material${problems.length ? ' case-material-problem' : ''}`}>
      <div className="case-material-head">
        <h3 className="case-material-name">{name}</h3>
        <ToneTag tone={REQUIREMENT_TONE[material.requirement]}>
          {label('requirement', material.requirement)}
        </ToneTag>
        {material.allowMissing && <ToneTag tone="progress">{t('case.material.allowMissing')}</ToneTag>}
        <span className={provided ? 'case-provided' : 'case-missing'}>
          {provided ? t('case.material.provided') : t('case.material.missing')}
        </span>
      </div>
      <p className="case-material-counts">
        {t('bundle.material.usedBy', { members: memberNames(material.members, view.plan.members) })}
        {' · '}
        {materialCounts(material)}
      </p>
      {material.requirements && <p className="case-help">{material.requirements}</p>}
      {problems.map((p) => (
        <p key={p} className="case-field-error" role="alert">
          {p}
        </p>
      ))}
      {files.length > 0 && (
        <ul className="case-files" aria-label={t('case.material.files')}>
          {files.map((f) => (
            <li key={`${f.fileName}:${f.source}`} className="case-file">
              <PaperClipOutlined aria-hidden="true" />
              <span>{f.fileName}</span>
            </li>
          ))}
        </ul>
      )}
      {editable && (
        <div className="case-material-actions">
          <Upload
            accept={UPLOAD_ACCEPT}
            showUploadList={false}
            customRequest={({ file, onSuccess, onError }) => {
              const blob = file as File;
              upload.mutate(
                { materialId: material.materialId, file: blob, fileName: blob.name },
                {
                  onSuccess: (row) => {
                    onSuccess?.(row);
                    void message.success(t('case.material.uploaded', { name }));
                  },
                  onError: (e) => {
                    onError?.(e);
                    void message.error(t('case.material.uploadFailed', { message: e.message }));
                  },
                },
              );
            }}
          >
            <Button
              icon={<UploadOutlined aria-hidden="true" />}
              loading={upload.isPending}
              aria-label={t('case.material.uploadNamed', { name })}
            >
              {upload.isPending ? t('case.material.uploading') : t('case.material.upload')}
            </Button>
          </Upload>
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

export function BundleMaterials({
  view,
  problems = {},
  editable,
}: {
  view: BundleCaseView;
  problems?: Record<string, string[]>;
  editable: boolean;
}) {
  const labels = materialLabels(view.plan);
  if (view.plan.materials.length === 0) return <p>{t('case.material.none')}</p>;
  return (
    <div className="case-materials">
      {editable && <Alert type="info" showIcon title={t('bundle.materialsIntro')} className="case-block" />}
      <ul className="case-material-list">
        {view.plan.materials.map((m) => {
          const provided = view.materials.some((x) => x.materialId === m.materialId && x.files.length > 0);
          return (
            <MaterialRow
              key={m.materialId}
              view={view}
              material={m}
              problems={provided ? [] : (problems[m.materialId] ?? [])}
              editable={editable}
              label={labels.get(m.materialId) ?? m.name}
            />
          );
        })}
      </ul>
    </div>
  );
}
