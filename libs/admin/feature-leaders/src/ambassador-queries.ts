/** What shows who is an ambassador: asked again after a promotion or a demotion, when on screen. */
export const AMBASSADOR_QUERIES = ['LeaderBoard', 'SuggestedAmbassadors', 'Ambassadors', 'LeaderOverview', 'LeaderPersonScore'];
