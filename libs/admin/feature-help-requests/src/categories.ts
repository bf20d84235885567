import type { HelpCategory } from '@relais/admin-data-access';

/** In the order the forms list them: the most asked first. */
export const HELP_CATEGORIES: readonly HelpCategory[] = ['ERRANDS', 'COMPANIONSHIP', 'HOMEWORK', 'TRANSPORT', 'PAPERWORK', 'OTHER'];

export const CATEGORY_COLOURS: Record<HelpCategory, string> = {
  ERRANDS: 'teal',
  COMPANIONSHIP: 'pink',
  HOMEWORK: 'indigo',
  TRANSPORT: 'cyan',
  PAPERWORK: 'violet',
  OTHER: 'gray',
};

export function isHelpCategory(value: string | null | undefined): value is HelpCategory {
  return typeof value === 'string' && (HELP_CATEGORIES as readonly string[]).includes(value);
}
