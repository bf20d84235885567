// No 0/O, 1/I/L: codes are read aloud and copied by hand at a community centre desk.
const ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const REFERRAL_CODE_LENGTH = 8;

/** Relay codes are longer: they are in links, and a campaign may hand out thousands. */
export const RELAY_CODE_LENGTH = 10;

/** `randomByte` returns 0..255; callers pass crypto in production and a seeded source in tests. */
export function makeReferralCode(randomByte: () => number, length = REFERRAL_CODE_LENGTH): string {
  let code = '';
  while (code.length < length) {
    const byte = randomByte();
    // Rejecting the top of the range keeps every letter equally likely.
    if (byte < 256 - (256 % ALPHABET.length)) code += ALPHABET[byte % ALPHABET.length];
  }
  return code;
}

export function normaliseReferralCode(code: string): string {
  return code.trim().toUpperCase();
}
