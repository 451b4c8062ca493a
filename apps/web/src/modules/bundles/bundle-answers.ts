// The questionnaire's answers in a page address and in the notice PDF's link: base64url of their JSON (UTF-8),
// as the API decodes them (bundles.routes.ts). Type imports only: the portal's first load includes this.
import type { BundleAnswers } from '@msb/contracts';

/** The answers as the notice PDF's query parameter: base64url of their JSON (UTF-8). */
export function answersParam(answers: BundleAnswers): string {
  const bytes = new TextEncoder().encode(JSON.stringify(answers));
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

const isChoices = (value: unknown): value is Record<string, string[]> =>
  typeof value === 'object' &&
  value !== null &&
  !Array.isArray(value) &&
  Object.values(value).every((v) => Array.isArray(v) && v.every((o) => typeof o === 'string'));

/** Answers back from `answersParam` (a page address carries them through sign-in); null when damaged. */
export function answersFromParam(param: string | null): BundleAnswers | null {
  if (!param) return null;
  try {
    const binary = atob(param.replace(/-/g, '+').replace(/_/g, '/'));
    const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
    const value: unknown = JSON.parse(new TextDecoder().decode(bytes));
    if (typeof value !== 'object' || value === null) return null;
    const { bundle, members } = value as { bundle?: unknown; members?: unknown };
    if (!isChoices(bundle) || typeof members !== 'object' || members === null) return null;
    if (!Object.values(members).every(isChoices)) return null;
    return { bundle, members: members as BundleAnswers['members'] };
  } catch {
    return null;
  }
}
