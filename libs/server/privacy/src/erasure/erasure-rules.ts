/**
 * What erasing a person does to each column that could hold them: their id, their words, their
 * place or a key derived from them. Every table of the database is listed, and the erasure test
 * reads the database's catalogue and fails for a table or such a column missing here: a table
 * added later cannot hold people without someone deciding what erasure does to it.
 *
 * - `row deleted`: rows holding them go (their own account, profile, consents, scores…).
 * - `placeholder`: their id becomes ERASED_PERSON_ID: what others did with them stays, no
 *   longer linked to them nor to other erased people's traces.
 * - `scrubbed`: words they wrote, or their exact place, are removed from the rows that stay.
 * - `nulled`: the link to them goes, the row stays.
 * - `transient`: a change log the leader and matching processes read, pruned within a day; it
 *   holds ids only.
 * - `not personal`: never holds a person, their words or their place.
 */
export type ColumnFate = 'row deleted' | 'placeholder' | 'scrubbed' | 'nulled' | 'transient' | 'not personal';

export interface TableErasure {
  /** Why the table's columns meet these fates, in a sentence (docs/privacy.md lists them). */
  why: string;
  columns: Readonly<Record<string, ColumnFate>>;
}

export const ERASURE_RULES: Readonly<Record<string, TableErasure>> = {
  person: {
    why: 'The account itself is deleted; people they recruited are no longer counted as their recruits.',
    columns: {
      id: 'row deleted', email: 'row deleted', password_hash: 'row deleted', display_name: 'row deleted', roles: 'row deleted',
      home_lat: 'row deleted', home_lng: 'row deleted', languages: 'row deleted', referral_code: 'row deleted',
      audit_pseudonym: 'row deleted', neighbourhood_id: 'row deleted', home_cell: 'row deleted', referred_by_id: 'nulled',
      relay_task_id: 'row deleted', came_for_idea_id: 'row deleted',
    },
  },
  volunteer_profile: {
    why: 'Their volunteer profile goes with them: no match, no suggestion.',
    columns: {
      person_id: 'row deleted', skills: 'row deleted', subjects: 'row deleted', levels: 'row deleted', availability: 'row deleted',
      reach: 'row deleted', recent_work: 'row deleted', home_lat: 'row deleted', home_lng: 'row deleted', languages: 'row deleted', neighbourhood_id: 'row deleted',
    },
  },
  help_request: {
    why:
      'Live requests they posted are cancelled and live tasks they held go back to OPEN. Closed ones stay in the other party’s history, ' +
      'attached to the placeholder, without description, address or exact place (the public cell stays for statistics).',
    columns: {
      id: 'not personal', requester_id: 'placeholder', posted_by_id: 'placeholder', assignee_id: 'placeholder',
      category: 'not personal', subject: 'scrubbed', level: 'scrubbed', description: 'scrubbed', address: 'scrubbed',
      lat: 'scrubbed', lng: 'scrubbed', position: 'scrubbed', cell: 'scrubbed', coarse_cell: 'not personal', status: 'not personal', neighbourhood_id: 'not personal',
      coarse_lat: 'not personal', coarse_lng: 'not personal', coarse_position: 'not personal',
    },
  },
  help_request_event: {
    why: 'A request’s history keeps its steps; who took each is the placeholder.',
    columns: { id: 'not personal', help_request_id: 'not personal', kind: 'not personal', actor_id: 'placeholder', volunteer_id: 'placeholder', from_status: 'not personal', to_status: 'not personal' },
  },
  thanks: {
    why: 'A rating still counts in its volunteer’s history; the message, which may name either of them, goes.',
    columns: { help_request_id: 'not personal', requester_id: 'placeholder', volunteer_id: 'placeholder', message: 'scrubbed' },
  },
  endorsement: {
    why: 'Endorsements they gave or received no longer count.',
    columns: { endorser_id: 'row deleted', endorsed_id: 'row deleted' },
  },
  organiser_scope: {
    why: 'Their organiser rights go; rights they granted stay, granted by the placeholder.',
    columns: { person_id: 'row deleted', neighbourhood_id: 'not personal', granted_by_id: 'placeholder' },
  },
  ambassador: {
    why: 'Their ambassador terms go; terms they granted or ended stay, with the placeholder as organiser.',
    columns: {
      id: 'not personal', person_id: 'row deleted', neighbourhood_id: 'not personal', promoted_by_id: 'placeholder',
      demoted_by_id: 'placeholder', demotion_reason: 'row deleted',
    },
  },
  leader_score: {
    why: 'They leave every ranking at once; the neighbourhoods are recomputed without their endorsements.',
    columns: {
      neighbourhood_id: 'not personal', person_id: 'row deleted', score: 'row deleted', mean_rating: 'row deleted', component_values: 'row deleted',
      component_weights: 'not personal',
    },
  },
  leader_score_snapshot: {
    why: 'Their score history goes.',
    columns: { neighbourhood_id: 'not personal', person_id: 'row deleted', score: 'row deleted', component_values: 'row deleted' },
  },
  consent_event: {
    why: 'Their consent history goes with them; consents they recorded for others as organisers stay, recorded by the placeholder.',
    columns: { id: 'not personal', person_id: 'row deleted', purpose: 'not personal', wording_version: 'not personal', channel: 'not personal', actor_id: 'placeholder' },
  },
  audit_log: {
    why:
      'What they did stays accountable under their pseudonym (actor_ref), which nothing links to anyone once their row is gone; ' +
      'entries about them keep their action and time, not their id nor their detail.',
    columns: {
      id: 'not personal', actor_id: 'placeholder', actor_ref: 'not personal', action: 'not personal', subject_type: 'not personal', subject_id: 'placeholder',
      detail: 'scrubbed',
    },
  },
  outbox_email: {
    why: 'Mails to them, and copies of mails to others that carry their name or words, are deleted.',
    columns: {
      id: 'not personal', message_id: 'not personal', kind: 'not personal', to_address: 'row deleted', subject: 'not personal', body: 'row deleted',
      last_error: 'row deleted', status: 'not personal', concerns: 'row deleted', headers: 'row deleted', html: 'row deleted',
    },
  },
  digest_sent: {
    why: 'Which weeks’ digests they had goes with them (deleted with the person).',
    columns: { person_id: 'row deleted', iso_week: 'not personal' },
  },
  login_throttle: {
    why: 'The counter kept under their e-mail (a keyed hash) goes; those kept with an address lapse with their window.',
    columns: { scope: 'not personal', key: 'row deleted' },
  },
  app_setting: {
    why: 'A setting they changed stays, changed by the placeholder.',
    columns: { key: 'not personal', value: 'not personal', updated_by_id: 'placeholder' },
  },
  idea: {
    why:
      'Ideas they posted go, with the votes others gave them: an idea is its author’s words and opinion, and without its words it ' +
      'would mean nothing. Ideas they moderated stay, moderated by the placeholder.',
    columns: {
      id: 'not personal', author_id: 'row deleted', neighbourhood_id: 'not personal', title: 'row deleted', body: 'row deleted',
      status: 'not personal', moderation_reason: 'row deleted', moderated_by_id: 'placeholder',
    },
  },
  idea_vote: {
    why: 'Their votes go (an opinion, and the ideas’ scores drop by their weight); votes on their ideas go with the ideas.',
    columns: { idea_id: 'row deleted', voter_id: 'row deleted' },
  },
  idea_share: {
    why: 'Their share links’ counts go with them; people who came through them are no longer their recruits.',
    columns: { idea_id: 'not personal', sharer_id: 'row deleted' },
  },
  idea_comment: {
    why: 'Their comments are their words: deleted. Comments they hid stay hidden, hidden by the placeholder.',
    columns: { id: 'row deleted', idea_id: 'not personal', author_id: 'row deleted', body: 'row deleted', hidden_by_id: 'placeholder' },
  },
  campaign: {
    why: 'A campaign is the organisation’s message, not a person’s: it stays, written and sent by the placeholder.',
    columns: { id: 'not personal', title: 'not personal', message: 'not personal', status: 'not personal', created_by_id: 'placeholder', sent_by_id: 'placeholder' },
  },
  campaign_neighbourhood: { why: 'Which neighbourhoods a campaign is for.', columns: { campaign_id: 'not personal', neighbourhood_id: 'not personal' } },
  relay_task: {
    why: 'Their relay tasks go, with their codes and reports; the campaign’s report counts without them.',
    columns: { id: 'row deleted', campaign_id: 'not personal', ambassador_id: 'row deleted', relay_code: 'row deleted' },
  },
  relay_report: { why: 'Goes with its relay task.', columns: { id: 'row deleted', relay_task_id: 'row deleted', channel: 'row deleted' } },
  way_to_help: {
    why: 'A way to help is the organisation’s, not a person’s: it stays, written by the placeholder.',
    columns: { id: 'not personal', kind: 'not personal', title: 'not personal', body: 'not personal', link: 'not personal', created_by_id: 'placeholder' },
  },
  way_to_help_neighbourhood: { why: 'Where a way to help is offered.', columns: { way_to_help_id: 'not personal', neighbourhood_id: 'not personal' } },
  trust_edge_change: { why: 'A change log of the trust graph, pruned within a day.', columns: { source: 'transient', target: 'transient' } },
  volunteer_change: { why: 'A change log of volunteer profiles, pruned within a day.', columns: { person_id: 'transient' } },
  neighbourhood: { why: 'Places, not people.', columns: { id: 'not personal', name: 'not personal', city: 'not personal', code: 'not personal', boundary: 'not personal' } },
  neighbourhood_cell: { why: 'Places, not people.', columns: { cell: 'not personal', neighbourhood_id: 'not personal' } },
  neighbourhood_adjacency: { why: 'Places, not people.', columns: { neighbourhood_id: 'not personal', adjacent_id: 'not personal' } },
  leader_refresh_due: { why: 'Which neighbourhoods to score again.', columns: { neighbourhood_id: 'not personal' } },
  migration: { why: 'The schema’s history.', columns: { timestamp: 'not personal', name: 'not personal' } },
};
