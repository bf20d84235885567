import { hash, verify } from '@node-rs/argon2';

/** argon2id with the library's defaults (19 MiB, 2 passes): OWASP's current minimum. */
export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

let dummyHash: Promise<string> | undefined;

/** Spends the time of a real check, so an unknown e-mail cannot be told by the reply's speed. */
export async function verifyAgainstNothing(password: string): Promise<false> {
  dummyHash ??= hash('relais-no-such-account');
  await verifyPassword(await dummyHash, password);
  return false;
}
