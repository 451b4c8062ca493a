// Rules of a material row, shared by the portal and the phone, for a single case and a 一件事 alike: the files
// accepted, the tone of a requirement, a file's status in words, and sending one file as a material's upload.
// No UI library here: each page says how it went in its own way (antd message, antd-mobile Toast).
import type { UseMutationResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { type MessageKey, t } from '../../app/i18n.ts';
import type { Tone } from './case-format.ts';

export const UPLOAD_ACCEPT = '.pdf,.jpg,.jpeg,.png,.doc,.docx,.xls,.xlsx';

export const REQUIREMENT_TONE: Record<'required' | 'conditional' | 'optional', Tone> = {
  required: 'danger',
  conditional: 'attention',
  optional: 'neutral',
};

/** A file's status in words (已提交, 已核验, …); an unknown status as it is. */
export function materialStatusLabel(status: string): string {
  const key = `case.material.status.${status}` as MessageKey;
  const text = t(key);
  return text === key ? status : text;
}

/** The upload of a case's or a bundle case's material (useUploadMaterial, useUploadBundleMaterial). */
export type MaterialUpload = UseMutationResult<
  unknown,
  Error,
  { materialId: string; file: Blob; fileName?: string }
>;

/**
 * Sends `file` as the material `name`; `tell` says how it went (上传成功 / 上传失败 with why), after the
 * caller's own `onSuccess` / `onError` (an upload widget's progress, say).
 */
export function sendMaterial(
  upload: MaterialUpload,
  material: { materialId: string; name: string },
  file: File,
  tell: (text: string, failed: boolean) => void,
  then: { onSuccess?: (row: unknown) => void; onError?: (error: Error) => void } = {},
): void {
  upload.mutate(
    { materialId: material.materialId, file, fileName: file.name },
    {
      onSuccess: (row) => {
        then.onSuccess?.(row);
        tell(t('case.material.uploaded', { name: material.name }), false);
      },
      onError: (error) => {
        then.onError?.(error);
        tell(t('case.material.uploadFailed', { message: error.message }), true);
      },
    },
  );
}

/** A case's or a bundle case's material list: the problems reported, by material id; whether it takes uploads. */
export interface MaterialsProps<V> {
  view: V;
  problems?: Readonly<Record<string, string[]>>;
  editable: boolean;
}

/** What a material's row shows, on the portal and the phone alike. */
export interface MaterialRowProps {
  material: {
    materialId: string;
    name: string;
    requirement: keyof typeof REQUIREMENT_TONE;
    allowMissing?: boolean;
  };
  /** the requirement in words */
  requirementLabel: string;
  provided: boolean;
  /** what it asks (counts, who uses it, …) */
  details?: ReactNode;
  problems: string[];
  /** the files, as list items */
  files: ReactNode[];
  upload: MaterialUpload;
  editable: boolean;
}
