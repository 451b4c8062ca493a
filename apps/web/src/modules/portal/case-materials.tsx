// The material checklist of a case: each material that applies, whether it is provided, its files (download,
// delete), 上传 through antd Upload, and 使用此前已核验的材料 when an earlier case of the applicant has it
// verified. Problems the API reported for a material are shown on its row.
import { DeleteOutlined, PaperClipOutlined } from '@ant-design/icons';
import { Alert, App, Button } from 'antd';
import { t } from '../../app/i18n.ts';
import {
  type CaseMaterialView,
  type CaseView,
  type ChecklistEntryView,
  useRemoveMaterial,
  useReusable,
  useReuseMaterial,
  useUploadMaterial,
} from '../cases/case-api.ts';
import type { Tone } from '../cases/case-format.ts';
import { type MaterialsProps, materialStatusLabel } from '../cases/material-rules.ts';
import { ToneTag } from './case-tags.tsx';
import { MaterialItem } from './material-item.tsx';

const STATUS_TONE: Record<string, Tone> = { submitted: 'progress', verified: 'success', rejected: 'danger' };

function FileRow({ caseId, file, editable }: { caseId: string; file: CaseMaterialView; editable: boolean }) {
  const remove = useRemoveMaterial(caseId);
  const { message } = App.useApp();
  const name = file.fileName ?? file.name;
  return (
    <li className="case-file">
      <PaperClipOutlined aria-hidden="true" />
      {file.downloadUrl ? (
        <a href={file.downloadUrl} download={name}>
          {name}
        </a>
      ) : (
        <span>{name}</span>
      )}
      <ToneTag tone={STATUS_TONE[file.status] ?? 'neutral'}>{materialStatusLabel(file.status)}</ToneTag>
      {file.source === 'reuse' && <ToneTag tone="progress">{t('case.material.source.reuse')}</ToneTag>}
      {editable && file.status !== 'verified' && (
        <Button
          size="small"
          type="text"
          danger
          icon={<DeleteOutlined aria-hidden="true" />}
          aria-label={t('case.material.removeNamed', { file: name })}
          loading={remove.isPending}
          onClick={() =>
            remove.mutate(file.id, {
              onSuccess: () => void message.success(t('case.material.removed')),
              onError: (e) => void message.error(e.message),
            })
          }
        >
          {t('case.material.remove')}
        </Button>
      )}
    </li>
  );
}

function MaterialRow({
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
  const reuse = useReuseMaterial(view.id);
  const { message } = App.useApp();
  const files = view.materials.filter((m) => m.materialId === entry.materialId);
  return (
    <MaterialItem
      material={entry}
      requirementLabel={t(`case.material.${entry.requirement}`)}
      headingId={`material-${entry.materialId}`}
      tags={entry.isForm && <ToneTag tone="neutral">{t('case.material.isForm')}</ToneTag>}
      provided={entry.provided}
      details={
        <p className="case-material-counts">
          {t('case.material.counts', { originals: entry.originals, copies: entry.copies })}
        </p>
      }
      problems={problems}
      files={files.map((f) => <FileRow key={f.id} caseId={view.id} file={f} editable={editable} />)}
      upload={upload}
      editable={editable}
    >
      {offer && !entry.provided && (
        <span className="case-reuse">
          <span>
            {t('case.material.reuseFrom', {
              caseNumber: offer.caseNumber ?? '',
              file: offer.fileName ?? entry.name,
            })}
          </span>
          <Button
            loading={reuse.isPending}
            aria-label={t('case.material.reuseNamed', { name: entry.name })}
            onClick={() =>
              reuse.mutate(
                { materialId: entry.materialId, fromId: offer.fromId },
                {
                  onSuccess: () => void message.success(t('case.material.reused')),
                  onError: (e) => void message.error(e.message),
                },
              )
            }
          >
            {t('case.material.reuse')}
          </Button>
        </span>
      )}
    </MaterialItem>
  );
}

export function CaseMaterials({ view, problems = {}, editable }: MaterialsProps<CaseView>) {
  const reusable = useReusable(view.id, editable);
  const listed = new Set(view.checklist.map((c) => c.materialId));
  const others = view.materials.filter((m) => !listed.has(m.materialId));
  if (view.checklist.length === 0 && others.length === 0) return <p>{t('case.material.none')}</p>;
  return (
    <div className="case-materials">
      {editable && <Alert type="info" showIcon title={t('case.materialsIntro')} className="case-block" />}
      <ul className="case-material-list">
        {view.checklist.map((entry) => (
          <MaterialRow
            key={entry.materialId}
            view={view}
            entry={entry}
            problems={entry.provided ? [] : (problems[entry.materialId] ?? [])}
            editable={editable}
            offer={reusable.data?.items.find((i) => i.materialId === entry.materialId)}
          />
        ))}
      </ul>
      {others.length > 0 && (
        <section aria-labelledby="case-other-materials">
          <h3 id="case-other-materials" className="case-material-name">
            {t('case.material.others')}
          </h3>
          <ul className="case-files">
            {others.map((f) => (
              <FileRow key={f.id} caseId={view.id} file={f} editable={editable} />
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
