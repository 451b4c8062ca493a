import { ERROR_STATUS, type ErrorCode, type FieldError } from '@msb/contracts';

/** The one error type of the platform; the error handler maps `code` to HTTP status. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'AppError';
  }
  get status(): number {
    return ERROR_STATUS[this.code];
  }
}

export const notFound = (what: string) => new AppError('NOT_FOUND', `${what}不存在`);
export const forbidden = (message = '无权执行此操作') => new AppError('FORBIDDEN', message);
export const validationFailed = (fields: FieldError[], message = '提交的数据未通过校验') =>
  new AppError('VALIDATION_FAILED', message, { fields });
export const conflict = (message: string, details?: unknown) => new AppError('CONFLICT', message, details);
