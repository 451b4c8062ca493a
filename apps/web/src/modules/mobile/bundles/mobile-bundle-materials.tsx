// The materials of a bundle case on the phone, each listed once with the members that use it, its files and
// 上传 through the phone's own file picker (stored once, attached to every member that needs it).
import type { BundleCaseView } from '@msb/contracts';
import { Tag, Toast } from 'antd-mobile';
import { t } from '../../../app/i18n.ts';
import { useUploadBundleMaterial } from '../../bundles/bundle-api.ts';
import { materialCounts, materialLabels, memberNames } from '../../bundles/bundle-rules.ts';
import type { Tone } from '../../cases/case-format.ts';
import { label } from '../../shared/guide-format.ts';
import { UPLOAD_ACCEPT } from '../mobile-case-materials.tsx';
import { TONE_COLOURS } from '../mobile-state-tag.tsx';

type PlanMaterial = BundleCaseView['plan']['materials'][number];

const REQUIREMENT_TONE: Record<PlanMaterial['requirement'], Tone> = {
  required: 'danger',
  conditional: 'attention',
  optional: 'neutral',
};

function Row({
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
  const files = view.materials.find((m) => m.materialId === material.materialId)?.files ?? [];
  const provided = files.length > 0;
  const inputId = `m-file-${material.materialId}`;
  return (
    <li className={`m-material${problems.length ? ' m-material-problem' : ''}`}>
      <h3 className="m-material-name">
        {name}
        <Tag color={TONE_COLOURS[REQUIREMENT_TONE[material.requirement]]} fill="outline" className="m-tag">
          {label('requirement', material.requirement)}
        </Tag>
      </h3>
      <p className={provided ? 'm-provided' : 'm-missing'}>
        {provided ? t('case.material.provided') : t('case.material.missing')}
      </p>
      <p className="m-note">
        {t('bundle.material.usedBy', { members: memberNames(material.members, view.plan.members) })} ·{' '}
        {materialCounts(material)}
      </p>
      {problems.map((p) => (
        <p key={p} className="m-field-errors" role="alert">
          {p}
        </p>
      ))}
      {files.length > 0 && (
        <ul className="m-files" aria-label={t('case.material.files')}>
          {files.map((f) => (
            <li key={`${f.fileName}:${f.source}`}>{f.fileName}</li>
          ))}
        </ul>
      )}
      {editable && (
        <div className="m-material-actions">
          <input
            id={inputId}
            type="file"
            accept={UPLOAD_ACCEPT}
            className="m-file-input"
            aria-label={t('case.material.uploadNamed', { name })}
            disabled={upload.isPending}
            onChange={(e) => {
              const file = e.target.files?.[0];
              e.target.value = '';
              if (!file) return;
              upload.mutate(
                { materialId: material.materialId, file, fileName: file.name },
                {
                  onSuccess: () => Toast.show({ content: t('case.material.uploaded', { name }) }),
                  onError: (error) =>
                    Toast.show({ content: t('case.material.uploadFailed', { message: error.message }) }),
                },
              );
            }}
          />
          <label htmlFor={inputId} className="m-button-link">
            {upload.isPending ? t('case.material.uploading') : t('case.material.upload')}
          </label>
        </div>
      )}
      {upload.isError && (
        <p className="m-field-errors" role="alert">
          {t('case.material.uploadFailed', { message: upload.error.message })}
        </p>
      )}
    </li>
  );
}

export function MobileBundleMaterials({
  view,
  problems = {},
  editable,
}: {
  view: BundleCaseView;
  problems?: Record<string, string[]>;
  editable: boolean;
}) {
  const labels = materialLabels(view.plan);
  if (view.plan.materials.length === 0) return <p className="m-text">{t('case.material.none')}</p>;
  return (
    <>
      {editable && <p className="m-note">{t('bundle.materialsIntro')}</p>}
      <ul className="m-materials">
        {view.plan.materials.map((m) => {
          const provided = view.materials.some((x) => x.materialId === m.materialId && x.files.length > 0);
          return (
            <Row
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
    </>
  );
}
