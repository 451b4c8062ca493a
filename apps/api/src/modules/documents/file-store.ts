// Content-addressed storage of uploaded and generated files under DATA_DIR/files/<2 hex>/<sha256>.
// The type is decided by the bytes, never by the name or the client's Content-Type: a file passes only
// when what file-type finds is on the allowed list and agrees with the name's extension.
import { createHash, randomBytes } from 'node:crypto';
import { createReadStream, type ReadStream } from 'node:fs';
import { mkdir, open, readFile, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { fileTypeFromBuffer } from 'file-type';
import { AppError, notFound, validationFailed } from '../../platform/errors.ts';

export const UPLOAD_KINDS = ['pdf', 'doc', 'docx', 'xls', 'xlsx', 'jpg', 'png'] as const;
export type UploadKind = (typeof UPLOAD_KINDS)[number];

const KIND_INFO: Record<UploadKind, { mime: string; label: string; extensions: readonly string[] }> = {
  pdf: { mime: 'application/pdf', label: 'PDF 文档', extensions: ['pdf'] },
  doc: { mime: 'application/msword', label: 'Word 97-2003 文档', extensions: ['doc'] },
  docx: {
    mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    label: 'Word 文档',
    extensions: ['docx'],
  },
  xls: { mime: 'application/vnd.ms-excel', label: 'Excel 97-2003 工作簿', extensions: ['xls'] },
  xlsx: {
    mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    label: 'Excel 工作簿',
    extensions: ['xlsx'],
  },
  jpg: { mime: 'image/jpeg', label: 'JPEG 图片', extensions: ['jpg', 'jpeg'] },
  png: { mime: 'image/png', label: 'PNG 图片', extensions: ['png'] },
};

export interface SniffedFile {
  kind: UploadKind;
  mime: string;
  ext: UploadKind;
}
export interface StoredFile {
  sha256: string;
  size: number;
  mime: string;
  ext: string;
}
export interface StoreOptions {
  maxBytes: number;
  allowed: readonly UploadKind[];
}

const SHA256 = /^[0-9a-f]{64}$/;

function extensionOf(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot + 1).toLowerCase() : '';
}

/** What the bytes are when file-type does not know: SVG and other text are told apart for the message. */
function describeUnknown(bytes: Uint8Array): { mime: string; label: string } {
  const head = new TextDecoder('utf-8', { fatal: false }).decode(bytes.subarray(0, 4096));
  if (/<svg[\s>]/i.test(head)) return { mime: 'image/svg+xml', label: 'SVG 图像' };
  if (bytes.length > 0 && !bytes.subarray(0, 4096).includes(0))
    return { mime: 'text/plain', label: '纯文本' };
  return { mime: 'application/octet-stream', label: '无法识别的类型' };
}

function refuse(detected: { mime: string; label: string }, allowed: readonly UploadKind[], reason: string) {
  const names = allowed.map((k) => k.toUpperCase()).join('、');
  return new AppError(
    'UNSUPPORTED_MEDIA_TYPE',
    `${reason}：检测到的实际类型为${detected.label}（${detected.mime}），仅支持 ${names}`,
    {
      detected: detected.mime,
      allowed,
    },
  );
}

/**
 * Decides the real type of an upload from its bytes. CFB (the container of .doc and .xls) cannot be
 * told apart by file-type, so the name's extension picks between them.
 */
export async function sniffUpload(
  bytes: Uint8Array,
  originalName: string,
  allowed: readonly UploadKind[],
): Promise<SniffedFile> {
  const found = await fileTypeFromBuffer(bytes);
  const nameExt = extensionOf(originalName);
  if (!found || (found.ext === 'xml' && describeUnknown(bytes).mime === 'image/svg+xml')) {
    const unknown = describeUnknown(bytes);
    const reason = unknown.mime === 'image/svg+xml' ? 'SVG 图像可能含有脚本，不予接收' : '文件类型不受支持';
    throw refuse(unknown, allowed, reason);
  }
  let kind: UploadKind | undefined;
  if (found.ext === 'cfb') kind = nameExt === 'doc' || nameExt === 'xls' ? nameExt : undefined;
  else kind = UPLOAD_KINDS.find((k) => k === found.ext);
  const detected = kind
    ? { mime: KIND_INFO[kind].mime, label: KIND_INFO[kind].label }
    : { mime: found.mime, label: `.${found.ext} 文件` };
  if (!kind) {
    const reason = found.ext === 'cfb' ? 'Office 97-2003 文件须以 .doc 或 .xls 为扩展名' : '文件类型不受支持';
    throw refuse(detected, allowed, reason);
  }
  if (!allowed.includes(kind)) throw refuse(detected, allowed, '文件类型不受支持');
  if (nameExt && !KIND_INFO[kind].extensions.includes(nameExt)) {
    throw refuse(detected, allowed, `文件扩展名 .${nameExt} 与文件内容不符`);
  }
  return { kind, mime: KIND_INFO[kind].mime, ext: kind };
}

function pathOf(dir: string, sha256: string): string {
  if (!SHA256.test(sha256)) {
    throw validationFailed([{ field: 'sha256', message: '应为 64 位小写十六进制 SHA-256' }], '文件标识无效');
  }
  return join(dir, 'files', sha256.slice(0, 2), sha256);
}

const isMissing = (error: unknown) =>
  error instanceof Error && 'code' in error && (error as NodeJS.ErrnoException).code === 'ENOENT';

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch (error) {
    if (isMissing(error)) return false;
    throw error;
  }
}

/**
 * Checks and stores an upload; the same bytes stored twice are one file. The write goes to a temporary
 * file in the same folder, is flushed, then renamed, so a reader never sees half a file.
 */
export async function storeFile(
  dir: string,
  bytes: Uint8Array,
  originalName: string,
  options: StoreOptions,
): Promise<StoredFile> {
  if (bytes.length > options.maxBytes) {
    const limit = (options.maxBytes / 1024 / 1024).toFixed(1).replace(/\.0$/, '');
    throw new AppError('PAYLOAD_TOO_LARGE', `文件大小超过上限 ${limit} MB`, {
      size: bytes.length,
      maxBytes: options.maxBytes,
    });
  }
  const sniffed = await sniffUpload(bytes, originalName, options.allowed);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const target = pathOf(dir, sha256);
  if (!(await exists(target))) {
    const folder = join(dir, 'files', sha256.slice(0, 2));
    await mkdir(folder, { recursive: true });
    const temp = join(folder, `.${sha256}.${randomBytes(6).toString('hex')}.tmp`);
    try {
      const handle = await open(temp, 'wx');
      try {
        await handle.writeFile(bytes);
        await handle.sync();
      } finally {
        await handle.close();
      }
      // Two writers of the same bytes may race; rename replaces atomically and the content is equal.
      await rename(temp, target);
    } catch (error) {
      await rm(temp, { force: true });
      throw error;
    }
  }
  return { sha256, size: bytes.length, mime: sniffed.mime, ext: sniffed.ext };
}

async function statStored(dir: string, sha256: string): Promise<{ path: string; size: number }> {
  const path = pathOf(dir, sha256);
  try {
    return { path, size: (await stat(path)).size };
  } catch (error) {
    if (isMissing(error)) throw notFound('文件');
    throw error;
  }
}

/** The bytes of a stored file; refuses anything but a SHA-256 name, so no path can be smuggled in. */
export async function readStoredFile(dir: string, sha256: string): Promise<Uint8Array> {
  const { path } = await statStored(dir, sha256);
  return readFile(path);
}

/** A stream of a stored file, for sending large files without holding them in memory. */
export async function openStoredFile(
  dir: string,
  sha256: string,
): Promise<{ stream: ReadStream; size: number }> {
  const { path, size } = await statStored(dir, sha256);
  return { stream: createReadStream(path), size };
}
