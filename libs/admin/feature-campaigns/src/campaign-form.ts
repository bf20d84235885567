import { CAMPAIGN_MESSAGE, CAMPAIGN_TITLE } from '@relais/domain-leaders';

export interface CampaignDraft {
  title: string;
  message: string;
  neighbourhoodIds: string[];
}

export type CampaignField = keyof CampaignDraft;

/** What is wrong with each field, by the API's own rules, so most mistakes are said before sending. */
export type CampaignProblems = Partial<Record<CampaignField, 'required' | 'tooLong'>>;

function textProblem(text: string, limits: { min: number; max: number }): 'required' | 'tooLong' | undefined {
  const length = text.trim().length;
  if (length < limits.min) return 'required';
  if (length > limits.max) return 'tooLong';
  return undefined;
}

export function campaignProblems(draft: CampaignDraft): CampaignProblems {
  const problems: CampaignProblems = {};
  const title = textProblem(draft.title, CAMPAIGN_TITLE);
  if (title) problems.title = title;
  const message = textProblem(draft.message, CAMPAIGN_MESSAGE);
  if (message) problems.message = message;
  if (!draft.neighbourhoodIds.length) problems.neighbourhoodIds = 'required';
  return problems;
}

/** The first field to mend, in the form's order: where the cursor goes back. */
export function firstProblem(problems: CampaignProblems): CampaignField | null {
  return (['title', 'message', 'neighbourhoodIds'] as const).find((field) => problems[field]) ?? null;
}
