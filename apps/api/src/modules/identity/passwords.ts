import { hash, verify } from '@node-rs/argon2';

// argon2id with the library's defaults (≈25 ms a hash on this machine, stack-notes).
export const hashPassword = (password: string): Promise<string> => hash(password);
export const verifyPassword = (stored: string, password: string): Promise<boolean> =>
  verify(stored, password).catch(() => false);

/** A hash to verify against when the user does not exist, so timing does not reveal usernames. */
let dummy: string | undefined;
export async function dummyHash(): Promise<string> {
  dummy ??= await hash('no-such-user-password');
  return dummy;
}
