// Pure: what the intake wizard sends to POST /api/window/cases, and where the server's field messages go.
import type { WindowCaseInput } from '../../../cases/case-api.ts';

export interface ApplicationValues {
  contactMobile: string;
  situation?: Record<string, string | string[]>;
  address?: string;
  deliveryPreference?: NonNullable<WindowCaseInput['deliveryPreference']>;
  postalAddress?: string;
}

/** The answers as the API keeps them: every question a list of option ids. */
export function situationAnswers(values: ApplicationValues['situation']): Record<string, string[]> {
  return Object.fromEntries(
    Object.entries(values ?? {}).flatMap(([id, v]) => {
      const list = (Array.isArray(v) ? v : v ? [v] : []).filter(Boolean);
      return list.length > 0 ? [[id, list]] : [];
    }),
  );
}

/** The form data a window application carries besides the facts the platform already holds. */
export function windowFormData(
  kind: 'person' | 'enterprise',
  values: ApplicationValues,
): Record<string, string> {
  const address = values.address?.trim();
  if (!address) return {};
  return kind === 'person' ? { 'applicant.address': address } : { 'enterprise.registeredAddress': address };
}

/** Server fields of POST /api/window/cases → the inputs of the application step. */
export function fieldName(
  field: string,
): ['address' | 'contactMobile' | 'deliveryPreference' | 'postalAddress'] | ['situation', string] | null {
  if (field === 'contactMobile' || field === 'deliveryPreference' || field === 'postalAddress')
    return [field];
  if (field === 'formData.applicant.address' || field === 'formData.enterprise.registeredAddress')
    return ['address'];
  if (field.startsWith('situation.')) return ['situation', field.slice('situation.'.length)];
  return null;
}
