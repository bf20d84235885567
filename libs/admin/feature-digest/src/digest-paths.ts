export const OUTREACH_SETTINGS_PATH = '/outreach-settings';
export const DIGEST_PREVIEW_PATH = '/digest-preview';

/** Where a person's digest preview lives; the people page links to it. */
export const digestPreviewPath = (personId: string): string => `${DIGEST_PREVIEW_PATH}/${encodeURIComponent(personId)}`;
