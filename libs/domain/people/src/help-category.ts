/** What a need is about, and so what a volunteer offers. */
export enum HelpCategory {
  ERRANDS = 'ERRANDS',
  HOMEWORK = 'HOMEWORK',
  COMPANIONSHIP = 'COMPANIONSHIP',
  TRANSPORT = 'TRANSPORT',
  PAPERWORK = 'PAPERWORK',
  OTHER = 'OTHER',
}

export function isHelpCategory(value: unknown): value is HelpCategory {
  return typeof value === 'string' && (Object.values(HelpCategory) as string[]).includes(value);
}
