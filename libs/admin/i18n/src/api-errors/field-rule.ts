/**
 * The API words each refused field in English (`extensions.fields[].message`, e.g. "must have at
 * most 200 characters"). These patterns turn those rules into a key of `errors.field` and its
 * numbers, so that the field shows the rule in the reader's language. A rule no pattern knows gets
 * the generic `errors.field.invalid`: never the API's English.
 */
export type FieldRuleKey =
  | 'invalid'
  | 'empty'
  | 'tooShort'
  | 'tooLong'
  | 'length'
  | 'eachLength'
  | 'tooMany'
  | 'numberRange'
  | 'wholeRange'
  | 'daysRange'
  | 'hourRange'
  | 'weekday'
  | 'minuteOfDay'
  | 'endBeforeStart'
  | 'allZero'
  | 'notASetting'
  | 'notADate'
  | 'inThePast'
  | 'toBeforeFrom'
  | 'notNegative'
  | 'unknownChoice'
  | 'homeworkOnly'
  | 'volunteersOnly'
  | 'email'
  | 'emailTaken'
  | 'wrongPassword'
  | 'role'
  | 'reasonRequired'
  | 'quartierRequired'
  | 'notAVolunteer'
  | 'selfEndorsement'
  | 'livesElsewhere'
  | 'unknownCode'
  | 'notAnId'
  | 'location'
  | 'nameTaken'
  | 'overlaps'
  | 'timeZone'
  | 'webAddress'
  | 'webScheme'
  | 'webCredentials';

export interface FieldRule {
  key: FieldRuleKey;
  /** The numbers the rule names, for the sentence: min, max. */
  values: Record<string, number>;
}

const N = '(\\d+)';
const range = (match: RegExpMatchArray) => ({ min: Number(match[1]), max: Number(match[2]) });
const max = (match: RegExpMatchArray) => ({ max: Number(match[1]) });
const min = (match: RegExpMatchArray) => ({ min: Number(match[1]) });
const none = () => ({});

// Most specific first: "a whole number of days from" before "a whole number from".
const RULES: [RegExp, FieldRuleKey, (match: RegExpMatchArray) => Record<string, number>][] = [
  [/^must (?:not be empty|not be blank when given)$/, 'empty', none],
  [new RegExp(`^must have at least ${N} characters$`), 'tooShort', min],
  [new RegExp(`^must (?:have|be) at most ${N} characters$`), 'tooLong', max],
  [new RegExp(`^must (?:have|be) ${N} to ${N} characters$`), 'length', range],
  [new RegExp(`^must each have ${N} to ${N} characters$`), 'eachLength', range],
  [new RegExp(`^must list at most ${N}(?: slots)?$`), 'tooMany', max],
  [new RegExp(`^must be a whole number of days from ${N} to ${N}$`), 'daysRange', range],
  [new RegExp(`^must be a whole number of minutes from ${N} to ${N}$`), 'minuteOfDay', range],
  [new RegExp(`^must be an hour from ${N} to ${N}$`), 'hourRange', range],
  [/^must be a (?:whole number from 0 \(Monday\) to 6 \(Sunday\)|day of the week from 1 \(Monday\) to 7 \(Sunday\))$/, 'weekday', none],
  [new RegExp(`^must be a whole number(?: of \\w+)? from ${N} to ${N}$`), 'wholeRange', range],
  [new RegExp(`^must be (?:a number )?from ${N} to ${N}$`), 'numberRange', range],
  [/^must be after startMinute$/, 'endBeforeStart', none],
  [/^must not all be zero/, 'allZero', none],
  [/^(?:is not an? (?:match weight|leader weight|prior|leader setting|outreach setting|privacy setting)|is not a field of the \w+ prior|must be an object|must be one of )/, 'notASetting', none],
  [/^must be (?:a list of weekly slots|a slot with day, startMinute and endMinute)$/, 'invalid', none],
  [/^is not a (?:valid date|date and time\b)/, 'notADate', none],
  [/^must be in the future$/, 'inThePast', none],
  [/^must not be before from$/, 'toBeforeFrom', none],
  [/^must not be negative$/, 'notNegative', none],
  [/^(?:is not a known help category|has unknown categories)/, 'unknownChoice', none],
  [/^is only for homework help$/, 'homeworkOnly', none],
  [/^are for volunteers only$/, 'volunteersOnly', none],
  [/^is not a valid e-mail address$/, 'email', none],
  [/^is already registered/, 'emailTaken', none],
  [/^is not your password$/, 'wrongPassword', none],
  [/^must be .+; other roles are granted$/, 'role', none],
  [/^say why: a demotion needs a reason$/, 'reasonRequired', none],
  [/^must name at least one neighbourhood$/, 'quartierRequired', none],
  [/^(?:names someone who is not a volunteer|only a volunteer can (?:be endorsed|become an ambassador))$/, 'notAVolunteer', none],
  [/^you cannot endorse yourself$/, 'selfEndorsement', none],
  [/^an ambassador lives in the neighbourhood they relay to/, 'livesElsewhere', none],
  [/^matches nobody/, 'unknownCode', none],
  [/^is not an id$/, 'notAnId', none],
  [/^must have lat in /, 'location', none],
  [/^is already used by a neighbourhood of /, 'nameTaken', none],
  [/^overlaps /, 'overlaps', none],
  [/^must be a time zone name/, 'timeZone', none],
  [/^is not a web address$/, 'webAddress', none],
  [/^must start with https:\/\/ or http:\/\/$/, 'webScheme', none],
  [/^must not carry a user name or password$/, 'webCredentials', none],
];

/** The rule an API field message states; null when no pattern knows it. */
export function knownFieldRule(message: string): FieldRule | null {
  for (const [pattern, key, values] of RULES) {
    const match = message.match(pattern);
    if (match) return { key, values: values(match) };
  }
  return null;
}

export function fieldRule(message: string): FieldRule {
  return knownFieldRule(message) ?? { key: 'invalid', values: {} };
}
