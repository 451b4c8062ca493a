// The material checklist of a case: each material that applies, whether it is provided, its files (download,
// delete), 上传 through antd Upload, and 使用此前已核验的材料 when an earlier case of the applicant has it
// verified. Problems the API reported for a material are shown on its row.
import { DeleteOutlined, PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Upload } from 'antd';
import { type MessageKey, t } from '../../app/i18n.ts';
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
import { ToneTag } from './case-tags.tsx';

export const UPLOAD_ACCEPT = '.pdf,.jpg,.jpeg,.png,.doc,.docx,.xls,.xlsx';

const REQUIREMENT_TONE: Record<ChecklistEntryView['requirement'], Tone> = {
  required: 'danger',
  conditional: 'attention',
  optional: 'neutral',
};
const STATUS_TONE: Record<string, Tone> = { submitted: 'progress', verified: 'success', rejected: 'danger' };

export function statusLabel(status: string): string {
  const key = `case.material.status.${status}` as MessageKey;
  const text = t(key);
  return text === key ? status : text;
}

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
      <ToneTag tone={STATUS_TONE[file.status] ?? 'neutral'}>{statusLabel(file.status)}</ToneTag>
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
  const headingId = `material-${entry.materialId}`;
  return (
    <li className={`case-material${problems.length ? ' case-material-problem' : ''}`}>
      <div className="case-material-head">
        <h3 id={headingId} className="case-material-name">
          {entry.name}
        </h3>
        <ToneTag tone={REQUIREMENT_TONE[entry.requirement]}>
          {t(`case.material.${entry.requirement}`)}
        </ToneTag>
        {entry.allowMissing && <ToneTag tone="progress">{t('case.material.allowMissing')}</ToneTag>}
        {entry.isForm && <ToneTag tone="neutral">{t('case.material.isForm')}</ToneTag>}
        <span className={entry.provided ? 'case-provided' : 'case-missing'}>
          {entry.provided ? t('case.material.provided') : t('case.material.missing')}
        </span>
      </div>
      <p className="case-material-counts">
        {t('case.material.counts', { originals: entry.originals, copies: entry.copies })}
      </p>
      {problems.map((p) => (
        <p key={p} className="case-field-error" role="alert">
          {p}
        </p>
      ))}
      {files.length > 0 && (
        <ul className="case-files" aria-label={t('case.material.files')}>
          {files.map((f) => (
            <FileRow key={f.id} caseId={view.id} file={f} editable={editable} />
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
                { materialId: entry.materialId, file: blob, fileName: blob.name },
                {
                  onSuccess: (row) => {
                    onSuccess?.(row);
                    void message.success(t('case.material.uploaded', { name: entry.name }));
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
              aria-label={t('case.material.uploadNamed', { name: entry.name })}
            >
              {upload.isPending ? t('case.material.uploading') : t('case.material.upload')}
            </Button>
          </Upload>
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

export function CaseMaterials({
  view,
  problems = {},
  editable,
}: {
  view: CaseView;
  problems?: Record<string, string[]>;
  editable: boolean;
}) {
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
