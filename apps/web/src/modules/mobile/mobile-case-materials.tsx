// The material checklist on the phone: each material that applies, its files, 上传 through the phone's own
// file picker (a native file input behind a button-like label), and 使用此前已核验的材料 when offered.
import { Button, Tag, Toast } from 'antd-mobile';
import { type MessageKey, t } from '../../app/i18n.ts';
import {
  type CaseView,
  type ChecklistEntryView,
  useRemoveMaterial,
  useReusable,
  useReuseMaterial,
  useUploadMaterial,
} from '../cases/case-api.ts';
import type { Tone } from '../cases/case-format.ts';
import { TONE_COLOURS } from './mobile-state-tag.tsx';

const REQUIREMENT_TONE: Record<ChecklistEntryView['requirement'], Tone> = {
  required: 'danger',
  conditional: 'attention',
  optional: 'neutral',
};

export const UPLOAD_ACCEPT = '.pdf,.jpg,.jpeg,.png,.doc,.docx,.xls,.xlsx';

function statusText(status: string): string {
  const key = `case.material.status.${status}` as MessageKey;
  const text = t(key);
  return text === key ? status : text;
}

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
  const inputId = `m-file-${entry.materialId}`;
  const fail = (e: Error) => Toast.show({ content: t('case.material.uploadFailed', { message: e.message }) });
  return (
    <li className={`m-material${problems.length ? ' m-material-problem' : ''}`}>
      <h3 className="m-material-name">
        {entry.name}
        <Tag color={TONE_COLOURS[REQUIREMENT_TONE[entry.requirement]]} fill="outline" className="m-tag">
          {t(`case.material.${entry.requirement}`)}
        </Tag>
      </h3>
      <p className={entry.provided ? 'm-provided' : 'm-missing'}>
        {entry.provided ? t('case.material.provided') : t('case.material.missing')}
      </p>
      {problems.map((p) => (
        <p key={p} className="m-field-errors" role="alert">
          {p}
        </p>
      ))}
      {files.length > 0 && (
        <ul className="m-files" aria-label={t('case.material.files')}>
          {files.map((f) => {
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
                <span className="m-note">{statusText(f.status)}</span>
                {editable && f.status !== 'verified' && (
                  <Button
                    size="mini"
                    fill="none"
                    color="danger"
                    aria-label={t('case.material.removeNamed', { file: name })}
                    loading={remove.isPending}
                    onClick={() =>
                      remove.mutate(f.id, { onError: (e) => Toast.show({ content: e.message }) })
                    }
                  >
                    {t('case.material.remove')}
                  </Button>
                )}
              </li>
            );
          })}
        </ul>
      )}
      {editable && (
        <div className="m-material-actions">
          <input
            id={inputId}
            type="file"
            accept={UPLOAD_ACCEPT}
            className="m-file-input"
            aria-label={t('case.material.uploadNamed', { name: entry.name })}
            disabled={upload.isPending}
            onChange={(e) => {
              const file = e.target.files?.[0];
              e.target.value = '';
              if (!file) return;
              upload.mutate(
                { materialId: entry.materialId, file, fileName: file.name },
                {
                  onSuccess: () => Toast.show({ content: t('case.material.uploaded', { name: entry.name }) }),
                  onError: fail,
                },
              );
            }}
          />
          <label htmlFor={inputId} className="m-button-link">
            {upload.isPending ? t('case.material.uploading') : t('case.material.upload')}
          </label>
          {offer && !entry.provided && (
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
          )}
        </div>
      )}
      {offer && editable && !entry.provided && (
        <p className="m-note">
          {t('case.material.reuseFrom', {
            caseNumber: offer.caseNumber ?? '',
            file: offer.fileName ?? entry.name,
          })}
        </p>
      )}
      {upload.isError && (
        <p className="m-field-errors" role="alert">
          {t('case.material.uploadFailed', { message: upload.error.message })}
        </p>
      )}
    </li>
  );
}

export function MobileCaseMaterials({
  view,
  problems = {},
  editable,
}: {
  view: CaseView;
  problems?: Record<string, string[]>;
  editable: boolean;
}) {
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
