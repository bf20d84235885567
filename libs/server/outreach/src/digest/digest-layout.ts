import type { DigestLayouts } from './digest-compose';
import { COMPILED_DIGEST_LAYOUTS } from './digest-layouts.compiled';

/** The HTML layout of each language, compiled from MJML ahead of time (see digest-layout-source.ts). */
export function digestLayouts(): DigestLayouts {
  return COMPILED_DIGEST_LAYOUTS;
}
