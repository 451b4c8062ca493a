// Files of the platform: bytes on disk by SHA-256 (file-store.ts), one row each in `files`.
import { eq } from 'drizzle-orm';
import type { Deps } from '../../platform/deps.ts';
import { AppError, notFound } from '../../platform/errors.ts';
import { files } from './documents.tables.ts';
import { readStoredFile, storeFile } from './file-store.ts';

export type FilePurpose = (typeof files.$inferSelect)['purpose'];
export const FORM_FILE_TYPES = ['pdf', 'doc', 'docx', 'xls', 'xlsx', 'jpg', 'png'] as const;

export async function saveFile(
  deps: Deps,
  input: { bytes: Uint8Array; originalName: string; purpose: FilePurpose; createdBy: string | null },
) {
  const stored = await storeFile(deps.config.dataDir, input.bytes, input.originalName, {
    maxBytes: deps.config.uploadMaxBytes,
    allowed: [...FORM_FILE_TYPES],
  });
  await deps.db
    .insert(files)
    .values({
      ...stored,
      originalName: input.originalName,
      purpose: input.purpose,
      createdBy: input.createdBy,
    })
    .onConflictDoNothing();
  return { ...stored, originalName: input.originalName };
}

/** Catalogue forms are public downloads; other files go through their module's authorisation. */
export async function openPublicFile(deps: Deps, sha256: string) {
  const [row] = await deps.db.select().from(files).where(eq(files.sha256, sha256));
  if (!row) throw notFound('文件');
  if (row.purpose !== 'catalog_form') throw notFound('文件');
  const bytes = await readStoredFile(deps.config.dataDir, sha256).catch(() => {
    throw new AppError('NOT_FOUND', '文件内容缺失');
  });
  return { row, bytes };
}

/** Any stored file, for a module that has already decided the caller may see it (e.g. a case material). */
export async function openAuthorisedFile(deps: Deps, sha256: string) {
  const [row] = await deps.db.select().from(files).where(eq(files.sha256, sha256));
  if (!row) throw notFound('文件');
  const bytes = await readStoredFile(deps.config.dataDir, sha256).catch(() => {
    throw new AppError('NOT_FOUND', '文件内容缺失');
  });
  return { row, bytes };
}
