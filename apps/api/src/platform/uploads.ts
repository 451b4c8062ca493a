// The one file of a multipart request (`file` field): its bytes and name, or 422 naming the field. The size limit
// (413) is the multipart plugin's, set in app.ts; the type is checked by content where the file is stored.
import type { FastifyRequest } from 'fastify';
import { AppError } from './errors.ts';

export async function readUpload(
  request: FastifyRequest,
  message = '请选择要上传的文件',
): Promise<{ bytes: Buffer; fileName: string }> {
  const file = await request.file();
  if (!file)
    throw new AppError('VALIDATION_FAILED', message, { fields: [{ field: 'file', message: '缺少文件' }] });
  return { bytes: await file.toBuffer(), fileName: file.filename };
}
