/**
 * Stance lexicon: which stance a reporting cue takes toward its content, how negation turns it,
 * and the words by which a content itself denies something ("called the report untrue").
 * Used by src/extract/disputes/stance.ts. Keys are lower-case base forms.
 */
import type { Stance } from '../../analysis/types.js';

/** Base stance of a cue lemma; any reporting cue not listed asserts. */
export const STANCE_BY_LEMMA: Record<string, Stance> = {
  // deny: says the content is not so
  deny: 'deny',
  refute: 'deny',
  disavow: 'deny',
  debunk: 'deny',
  disclaim: 'deny',
  // reject: refuses the content or a demand
  reject: 'reject',
  dismiss: 'reject',
  repudiate: 'reject',
  rebuff: 'reject',
  scoff: 'reject',
  'brush off': 'reject',
  'shrug off': 'reject',
  // dispute: argues against it
  dispute: 'dispute',
  contest: 'dispute',
  challenge: 'dispute',
  contradict: 'dispute',
  rebut: 'dispute',
  counter: 'dispute',
  disagree: 'dispute',
  'push back': 'dispute',
  // confirm
  confirm: 'confirm',
  verify: 'confirm',
  corroborate: 'confirm',
  affirm: 'confirm',
  agree: 'confirm',
  accept: 'confirm',
  // admit
  admit: 'admit',
  acknowledge: 'admit',
  concede: 'admit',
  confess: 'admit',
  // question
  question: 'question',
  ask: 'question',
  wonder: 'question',
  doubt: 'question',
  query: 'question',
  inquire: 'question',
  // warn
  warn: 'warn',
  caution: 'warn',
  threaten: 'warn',
  alert: 'warn',
  // accuse
  accuse: 'accuse',
  allege: 'accuse',
  blame: 'accuse',
  charge: 'accuse',
  criticize: 'accuse',
  criticise: 'accuse',
  condemn: 'accuse',
  denounce: 'accuse',
  slam: 'accuse',
  blast: 'accuse',
  fault: 'accuse',
  // believe: a view, not a report of fact
  believe: 'believe',
  think: 'believe',
  feel: 'believe',
  suspect: 'believe',
  expect: 'believe',
  hope: 'believe',
  fear: 'believe',
  assume: 'believe',
  suppose: 'believe',
  reckon: 'believe',
  speculate: 'believe',
  predict: 'believe',
  estimate: 'believe',
  // decline: withholds
  decline: 'decline',
  refuse: 'decline',
};

/**
 * What a negated cue means. A negated confirmation ("did not confirm", "would not confirm") withholds
 * rather than denies, so it becomes `decline`, and the disputes step does not count it as a denial;
 * the same for a negated denial ("did not deny"). A negated opinion ("does not believe that …") disputes.
 */
export const NEGATED_STANCE: Record<Stance, Stance> = {
  assert: 'decline',
  deny: 'decline',
  reject: 'decline',
  dispute: 'decline',
  confirm: 'decline',
  admit: 'decline',
  question: 'decline',
  warn: 'decline',
  accuse: 'decline',
  believe: 'dispute',
  decline: 'decline',
};

/** Lemmas whose negation has a sharper meaning than NEGATED_STANCE gives. */
export const NEGATED_LEMMA: Record<string, Stance> = {
  agree: 'dispute',
  accept: 'reject',
  think: 'dispute',
};

/** Words that negate the cue when they stand just before it ("did not confirm", "never said"). */
export const NEGATORS = new Set(['not', "n't", 'n’t', 'never', 'no', 'neither', 'nor', 'cannot']);

/** Words allowed between a negator and the cue ("did not immediately confirm", "has not yet said"). */
export const NEGATION_GAP_WORDS = new Set([
  'immediately',
  'yet',
  'publicly',
  'officially',
  'directly',
  'independently',
  'explicitly',
  'specifically',
  'actually',
  'be',
  'been',
  'have',
  'ever',
  'even',
  'further',
]);

/** "refused to confirm", "declined to say": the withholding verb before "to" makes the cue decline. */
export const WITHHOLDING_VERBS = new Set(['refuse', 'decline', 'fail', 'avoid']);

/** Cues that label their object ("called the report untrue", "dismissed the claims as baseless"). */
export const LABELLING_CUES = new Set([
  'call',
  'describe',
  'dismiss',
  'label',
  'brand',
  'term',
  'characterize',
  'characterise',
  'deride',
  'reject',
]);

/** Adjectives and nouns by which a content says something is not so. */
export const DENIAL_WORDS = [
  'untrue',
  'false',
  'baseless',
  'groundless',
  'unfounded',
  'fabricated',
  'fabrication',
  'fabrications',
  'incorrect',
  'inaccurate',
  'wrong',
  'fake',
  'bogus',
  'nonsense',
  'lie',
  'lies',
  'lying',
  'fiction',
  'fictitious',
  'invented',
  'made up',
  'made-up',
  'absurd',
  'ridiculous',
  'misleading',
  'rumor',
  'rumors',
  'rumour',
  'rumours',
  'propaganda',
  'disinformation',
  'misinformation',
  'not true',
  'not correct',
  'not accurate',
  'no truth',
  'no basis',
  'no evidence',
  'without foundation',
  'without basis',
  'politically motivated',
  'smear',
  'smear campaign',
  'campaign of lies',
  'slander',
  'slanderous',
  'defamatory',
  'witch hunt',
];

/** Content that denies involvement ("insisted it had no role in …"): a denial whatever the verb. */
export const INVOLVEMENT_DENIALS = [
  'no role',
  'no part',
  'no involvement',
  'no hand',
  'no knowledge',
  'no link',
  'no links',
  'no connection',
  'no contact',
  'nothing to do with',
  'not involved',
  'never involved',
  'not responsible',
  'never took part',
  'did not take part',
  'played no part',
];

/** Nouns that name what a denial is about ("denied the report", "rejected the claim that …"). */
export const DENIED_OBJECT_NOUNS = [
  'report',
  'reports',
  'reporting',
  'story',
  'stories',
  'article',
  'claim',
  'claims',
  'allegation',
  'allegations',
  'accusation',
  'accusations',
  'assertion',
  'assertions',
  'suggestion',
  'suggestions',
  'charge',
  'charges',
  'account',
  'accounts',
  'rumor',
  'rumors',
  'rumour',
  'rumours',
  'speculation',
  'figures',
  'findings',
  'involvement',
  'wrongdoing',
];

/** Cue lemmas that make an attribution a report that others may deny. */
export const REPORTING_LEMMAS = new Set([
  'report',
  'reveal',
  'allege',
  'claim',
  'accuse',
  'quote',
  'write',
  'publish',
  'according to',
  'cite',
  'disclose',
]);
