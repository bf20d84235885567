import { WAY_TO_HELP_BODY, WAY_TO_HELP_LINK_MAX, WAY_TO_HELP_TITLE, linkProblem } from '@relais/domain-leaders';
import type { WayToHelpKind } from '@relais/admin-data-access';

/** The kinds in the order the form offers them. */
export const WAY_TO_HELP_KINDS: readonly WayToHelpKind[] = ['GIVE_GOODS', 'GIVE_BLOOD', 'DONATE', 'CALL_NEIGHBOUR', 'ONLINE_HELP'];

export interface WayToHelpDraft {
  kind: WayToHelpKind;
  title: string;
  body: string;
  link: string;
  neighbourhoodIds: string[];
}

export type WayToHelpField = 'title' | 'body' | 'link' | 'neighbourhoodIds';
export type WayToHelpProblem = 'required' | 'tooLong' | 'notAddress';
export type WayToHelpProblems = Partial<Record<WayToHelpField, WayToHelpProblem>>;

const FIELD_ORDER: readonly WayToHelpField[] = ['title', 'body', 'link', 'neighbourhoodIds'];

/**
 * The same checks the API makes, said before sending. Only ADMIN may leave the quartiers empty,
 * for the whole city; an organiser names at least one of theirs.
 */
export function wayToHelpProblems(draft: WayToHelpDraft, mayBeCityWide: boolean): WayToHelpProblems {
  const problems: WayToHelpProblems = {};
  const title = draft.title.trim().length;
  if (title < WAY_TO_HELP_TITLE.min) problems.title = 'required';
  else if (title > WAY_TO_HELP_TITLE.max) problems.title = 'tooLong';
  const body = draft.body.trim().length;
  if (body < WAY_TO_HELP_BODY.min) problems.body = 'required';
  else if (body > WAY_TO_HELP_BODY.max) problems.body = 'tooLong';
  const link = draft.link.trim();
  if (link.length > WAY_TO_HELP_LINK_MAX) problems.link = 'tooLong';
  else if (link && linkProblem(link)) problems.link = 'notAddress';
  if (!mayBeCityWide && draft.neighbourhoodIds.length === 0) problems.neighbourhoodIds = 'required';
  return problems;
}

/** The first field to fix, in the form's order, for the cursor to go to. */
export function firstProblem(problems: WayToHelpProblems): WayToHelpField | null {
  return FIELD_ORDER.find((field) => problems[field]) ?? null;
}

/** What the API receives: trimmed, without an empty link. */
export function wayToHelpInput(draft: WayToHelpDraft) {
  const link = draft.link.trim();
  return { kind: draft.kind, title: draft.title.trim(), body: draft.body.trim(), link: link || null, neighbourhoodIds: draft.neighbourhoodIds };
}
