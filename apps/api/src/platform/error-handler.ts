import type { FieldError } from '@msb/contracts';
import type { FastifyError, FastifyInstance } from 'fastify';
import { AppError } from './errors.ts';

interface ValidationIssue {
  instancePath?: string;
  params?: Record<string, unknown>;
  message?: string;
  keyword?: string;
}

// Fastify/TypeBox validation messages are English; people get Chinese with the field named.
function chineseMessage(issue: ValidationIssue): string {
  const p = issue.params ?? {};
  switch (issue.keyword) {
    case 'required':
      return `缺少必填字段 ${String(p.requiredProperties ?? p.missingProperty ?? '')}`.trim();
    case 'minLength':
      return `长度不能少于 ${String(p.limit)} 个字符`;
    case 'maxLength':
      return `长度不能超过 ${String(p.limit)} 个字符`;
    case 'pattern':
      return '格式不正确';
    case 'enum':
    case 'const':
    case 'anyOf':
      return '取值不在允许的范围内';
    case 'type':
      return `类型应为 ${String(p.type ?? '')}`;
    case 'minimum':
      return `不能小于 ${String(p.limit)}`;
    case 'maximum':
      return `不能大于 ${String(p.limit)}`;
    case 'minItems':
      return `至少需要 ${String(p.limit)} 项`;
    case 'maxItems':
      return `最多 ${String(p.limit)} 项`;
    case 'additionalProperties':
      return `不允许的字段 ${String(p.additionalProperties ?? '')}`.trim();
    case 'format':
      return `格式应为 ${String(p.format ?? '')}`;
    default:
      return issue.message ?? '取值无效';
  }
}

export function toFieldErrors(issues: ValidationIssue[], context?: string): FieldError[] {
  const seen = new Set<string>();
  const out: FieldError[] = [];
  for (const issue of issues) {
    const base = (issue.instancePath ?? '').replace(/^\//, '').replaceAll('/', '.');
    const missing =
      issue.keyword === 'required'
        ? String(issue.params?.requiredProperties ?? issue.params?.missingProperty ?? '')
        : '';
    // body fields are named as the client sent them (`guide.visits`); query and path fields keep their prefix
    const field = [context === 'body' ? '' : context, base, missing].filter(Boolean).join('.');
    const message = chineseMessage(issue);
    const key = `${field}|${message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ field: field || '(请求体)', message });
  }
  return out;
}

export function registerErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError | AppError, request, reply) => {
    const requestId = request.id;
    if (error instanceof AppError) {
      return reply
        .status(error.status)
        .send({ error: { code: error.code, message: error.message, details: error.details, requestId } });
    }
    const fe = error as FastifyError & { validation?: ValidationIssue[]; validationContext?: string };
    if (fe.validation) {
      const fields = toFieldErrors(fe.validation, fe.validationContext);
      return reply.status(422).send({
        error: {
          code: 'VALIDATION_FAILED',
          message: `提交的数据未通过校验：${fields.map((f) => `${f.field} ${f.message}`).join('；')}`,
          details: { fields },
          requestId,
        },
      });
    }
    if (
      fe.statusCode === 413 ||
      fe.code === 'FST_REQ_FILE_TOO_LARGE' ||
      fe.code === 'FST_ERR_CTP_BODY_TOO_LARGE'
    ) {
      return reply
        .status(413)
        .send({ error: { code: 'PAYLOAD_TOO_LARGE', message: '上传内容超过大小限制', requestId } });
    }
    if (fe.statusCode === 415 || fe.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') {
      return reply
        .status(415)
        .send({ error: { code: 'UNSUPPORTED_MEDIA_TYPE', message: '不支持的内容类型', requestId } });
    }
    if (fe.statusCode === 429) {
      return reply
        .status(429)
        .send({ error: { code: 'RATE_LIMITED', message: '请求过于频繁，请稍后再试', requestId } });
    }
    if (fe.statusCode && fe.statusCode >= 400 && fe.statusCode < 500) {
      return reply
        .status(fe.statusCode)
        .send({ error: { code: 'BAD_REQUEST', message: `请求无效：${fe.message}`, requestId } });
    }
    request.log.error({ err: error }, 'unhandled error');
    return reply
      .status(500)
      .send({ error: { code: 'INTERNAL', message: '服务器内部错误，请稍后重试', requestId } });
  });
  app.setNotFoundHandler((request, reply) =>
    reply.status(404).send({
      error: {
        code: 'NOT_FOUND',
        message: `未找到 ${request.method} ${request.url}`,
        requestId: request.id,
      },
    }),
  );
}
