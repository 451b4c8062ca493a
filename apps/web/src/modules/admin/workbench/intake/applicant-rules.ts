// The checks of the applicant forms: check characters as the clerk types (GB 11643 for ID numbers,
// GB 32100 for credit codes), with the standard's own Chinese message under the field.
import { checkCreditCode, checkIdNumber } from '@msb/contracts';
import { t } from '../../../../app/i18n.ts';

export const idRule = {
  validator: async (_: unknown, value: string | undefined) => {
    if (!value?.trim()) throw new Error(t('admin.work.applicant.idRequired'));
    const problem = checkIdNumber(value);
    if (problem) throw new Error(problem.message);
  },
};
export const creditRule = {
  validator: async (_: unknown, value: string | undefined) => {
    if (!value?.trim()) throw new Error(t('admin.work.applicant.creditRequired'));
    const problem = checkCreditCode(value);
    if (problem) throw new Error(problem.message);
  },
};
export const MOBILE = /^1[3-9]\d{9}$/;
export const requiredText = (message: string) => [{ required: true, whitespace: true, message }];

export type Lookup<T> = { state: 'idle' } | { state: 'found'; record: T } | { state: 'new' };
