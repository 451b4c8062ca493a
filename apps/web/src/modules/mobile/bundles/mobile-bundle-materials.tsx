// The materials of a bundle case on the phone, each listed once with the members that use it, its files and
// 上传 through the phone's own file picker (stored once, attached to every member that needs it).
import type { BundleCaseView } from '@msb/contracts';
import { t } from '../../../app/i18n.ts';
import { useUploadBundleMaterial } from '../../bundles/bundle-api.ts';
import { materialCounts, materialRows, memberNames } from '../../bundles/bundle-rules.ts';
import type { MaterialsProps } from '../../cases/material-rules.ts';
import { label } from '../../shared/guide-format.ts';
import { MobileMaterialItem } from '../mobile-material-item.tsx';

type Row = ReturnType<typeof materialRows>[number];

function MaterialRow({ view, row, editable }: { view: BundleCaseView; row: Row; editable: boolean }) {
  const upload = useUploadBundleMaterial(view.id);
  const { material, files } = row;
  return (
    <MobileMaterialItem
      material={{ ...material, name: row.label }}
      requirementLabel={label('requirement', material.requirement)}
      provided={files.length > 0}
      details={
        <p className="m-note">
          {t('bundle.material.usedBy', { members: memberNames(material.members, view.plan.members) })} ·{' '}
          {materialCounts(material)}
        </p>
      }
      problems={row.problems}
      files={files.map((f) => <li key={`${f.fileName}:${f.source}`}>{f.fileName}</li>)}
      upload={upload}
      editable={editable}
    />
  );
}

export function MobileBundleMaterials({ view, problems = {}, editable }: MaterialsProps<BundleCaseView>) {
  if (view.plan.materials.length === 0) return <p className="m-text">{t('case.material.none')}</p>;
  return (
    <>
      {editable && <p className="m-note">{t('bundle.materialsIntro')}</p>}
      <ul className="m-materials">
        {materialRows(view, problems).map((row) => (
          <MaterialRow key={row.material.materialId} view={view} row={row} editable={editable} />
        ))}
      </ul>
    </>
  );
}
