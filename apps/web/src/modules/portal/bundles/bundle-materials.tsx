// The materials of a bundle case, each listed once with the members that use it: whether it is provided, its
// files, and 上传 (stored once and attached to every member that needs it). Problems the API reported for a
// material are shown on its row.
import { PaperClipOutlined } from '@ant-design/icons';
import type { BundleCaseView } from '@msb/contracts';
import { Alert } from 'antd';
import { t } from '../../../app/i18n.ts';
import { useUploadBundleMaterial } from '../../bundles/bundle-api.ts';
import { materialCounts, materialRows, memberNames } from '../../bundles/bundle-rules.ts';
import type { MaterialsProps } from '../../cases/material-rules.ts';
import { label } from '../../shared/guide-format.ts';
import { MaterialItem } from '../material-item.tsx';

type Row = ReturnType<typeof materialRows>[number];

function MaterialRow({ view, row, editable }: { view: BundleCaseView; row: Row; editable: boolean }) {
  const upload = useUploadBundleMaterial(view.id);
  const { material, files } = row;
  return (
    <MaterialItem
      material={{ ...material, name: row.label }}
      requirementLabel={label('requirement', material.requirement)}
      provided={files.length > 0}
      details={
        <>
          <p className="case-material-counts">
            {t('bundle.material.usedBy', { members: memberNames(material.members, view.plan.members) })}
            {' · '}
            {materialCounts(material)}
          </p>
          {material.requirements && <p className="case-help">{material.requirements}</p>}
        </>
      }
      problems={row.problems}
      files={files.map((f) => (
        <li key={`${f.fileName}:${f.source}`} className="case-file">
          <PaperClipOutlined aria-hidden="true" />
          <span>{f.fileName}</span>
        </li>
      ))}
      upload={upload}
      editable={editable}
    />
  );
}

export function BundleMaterials({ view, problems = {}, editable }: MaterialsProps<BundleCaseView>) {
  if (view.plan.materials.length === 0) return <p>{t('case.material.none')}</p>;
  return (
    <div className="case-materials">
      {editable && <Alert type="info" showIcon title={t('bundle.materialsIntro')} className="case-block" />}
      <ul className="case-material-list">
        {materialRows(view, problems).map((row) => (
          <MaterialRow key={row.material.materialId} view={view} row={row} editable={editable} />
        ))}
      </ul>
    </div>
  );
}
