// The material checklist on the phone: each material that applies, its files, 上传 through the phone's own
// file picker (a native file input behind a button-like label), and 使用此前已核验的材料 when offered.
import { Button, Toast } from 'antd-mobile';
import { t } from '../../app/i18n.ts';
import {
  type CaseView,
  type ChecklistEntryView,
  useRemoveMaterial,
  useReusable,
  useReuseMaterial,
  useUploadMaterial,
} from '../cases/case-api.ts';
import { type MaterialsProps, materialStatusLabel } from '../cases/material-rules.ts';
import { MobileMaterialItem } from './mobile-material-item.tsx';

function Row({
  view,
  entry,
  problems,
  editable,
  offer,
}: {
  view: CaseView;
  entry: ChecklistEntryView;
  problems: string[];
  editable: boolean;
  offer: { fromId: string; fileName: string | null; caseNumber: string | null } | undefined;
}) {
  const upload = useUploadMaterial(view.id);
  const remove = useRemoveMaterial(view.id);
  const reuse = useReuseMaterial(view.id);
  const files = view.materials.filter((m) => m.materialId === entry.materialId);
  return (
    <MobileMaterialItem
      material={entry}
      requirementLabel={t(`case.material.${entry.requirement}`)}
      provided={entry.provided}
      problems={problems}
      files={files.map((f) => {
        const name = f.fileName ?? f.name;
        return (
          <li key={f.id}>
            {f.downloadUrl ? (
              <a href={f.downloadUrl} download={name}>
                {name}
              </a>
            ) : (
              name
            )}{' '}
            <span className="m-note">{materialStatusLabel(f.status)}</span>
            {editable && f.status !== 'verified' && (
              <Button
                size="mini"
                fill="none"
                color="danger"
                aria-label={t('case.material.removeNamed', { file: name })}
                loading={remove.isPending}
                onClick={() => remove.mutate(f.id, { onError: (e) => Toast.show({ content: e.message }) })}
              >
                {t('case.material.remove')}
              </Button>
            )}
          </li>
        );
      })}
      upload={upload}
      editable={editable}
      actions={
        offer &&
        !entry.provided && (
          <Button
            size="small"
            aria-label={t('case.material.reuseNamed', { name: entry.name })}
            loading={reuse.isPending}
            onClick={() =>
              reuse.mutate(
                { materialId: entry.materialId, fromId: offer.fromId },
                { onError: (e) => Toast.show({ content: e.message }) },
              )
            }
          >
            {t('case.material.reuse')}
          </Button>
        )
      }
      after={
        offer &&
        editable &&
        !entry.provided && (
          <p className="m-note">
            {t('case.material.reuseFrom', {
              caseNumber: offer.caseNumber ?? '',
              file: offer.fileName ?? entry.name,
            })}
          </p>
        )
      }
    />
  );
}

export function MobileCaseMaterials({ view, problems = {}, editable }: MaterialsProps<CaseView>) {
  const reusable = useReusable(view.id, editable);
  if (view.checklist.length === 0) return <p className="m-text">{t('case.material.none')}</p>;
  return (
    <>
      {editable && <p className="m-note">{t('case.materialsIntro')}</p>}
      <ul className="m-materials">
        {view.checklist.map((entry) => (
          <Row
            key={entry.materialId}
            view={view}
            entry={entry}
            problems={entry.provided ? [] : (problems[entry.materialId] ?? [])}
            editable={editable}
            offer={reusable.data?.items.find((i) => i.materialId === entry.materialId)}
          />
        ))}
      </ul>
    </>
  );
}
