/**
 * Reporting cues: verbs (and a few nouns and prepositions) that introduce what someone said,
 * wrote or believes. Data only; `cueLemma` maps an inflected form to its lemma.
 * Each entry is `lemma` or `lemma:form,form,...` for irregular inflections.
 */
const VERBS = [
  'say:says,said,saying',
  'tell:tells,told,telling',
  'add',
  'state',
  'write:writes,wrote,written,writing',
  'report',
  'tweet',
  'post',
  'announce',
  'deny:denies,denied,denying',
  'insist',
  'warn',
  'accuse',
  'claim',
  'explain',
  'note',
  'argue:argues,argued,arguing',
  'confirm',
  'suggest',
  'ask',
  'respond',
  'reply:replies,replied,replying',
  'acknowledge:acknowledges,acknowledged,acknowledging',
  'admit:admits,admitted,admitting',
  'declare',
  'predict',
  'estimate:estimates,estimated,estimating',
  'allege:alleges,alleged,alleging',
  'assert',
  'contend',
  'maintain',
  'recall',
  'remark',
  'reveal',
  'disclose:discloses,disclosed,disclosing',
  'emphasize:emphasizes,emphasized,emphasizing',
  'stress:stresses,stressed,stressing',
  'concede:concedes,conceded,conceding',
  'complain',
  'criticize:criticizes,criticized,criticizing',
  'describe:describes,described,describing',
  'quote:quotes,quoted,quoting',
  'cite:cites,cited,citing',
  'testify:testifies,testified,testifying',
  'vow',
  'pledge:pledges,pledged,pledging',
  'promise:promises,promised,promising',
  'urge:urges,urged,urging',
  'demand',
  'threaten',
  'conclude:concludes,concluded,concluding',
  'find:finds,found,finding',
  'show:shows,showed,shown,showing',
  'tout',
  'boast',
  'joke',
  'continue:continues,continued,continuing',
  'observe:observes,observed,observing',
  'point',
  'rule',
  'scoff',
  'dismiss:dismisses,dismissed,dismissing',
  'reject',
  'dispute:disputes,disputed,disputing',
  'refute:refutes,refuted,refuting',
  'decline:declines,declined,declining',
  'believe:believes,believed,believing',
  'think:thinks,thought,thinking',
  'predict',
  'caution',
  'mention',
  'hint',
  'signal:signals,signaled,signalled,signaling',
  'repeat',
  'reiterate:reiterates,reiterated,reiterating',
  'exclaim',
  'shout',
  'counter',
  'retort',
  'propose:proposes,proposed,proposing',
  'agree:agrees,agreed,agreeing',
  'indicate:indicates,indicated,indicating',
  'predict',
];

/** Multi-word cues, matched on lower-cased tokens; the lemma is the phrase itself. */
export const PHRASE_CUES: readonly string[][] = [
  ['according', 'to'],
  ['called', 'on'],
  ['calls', 'on'],
  ['calling', 'on'],
  ['call', 'on'],
  ['pointed', 'out'],
  ['points', 'out'],
  ['point', 'out'],
  ['referring', 'to'],
  ['in', 'a', 'statement'],
];

/** Verbs whose subject may follow them ("…,” said Hill): the inverted order. */
export const INVERTIBLE = new Set([
  'say',
  'tell',
  'add',
  'write',
  'report',
  'ask',
  'explain',
  'note',
  'reply',
  'state',
]);

/**
 * Words that, ending a cue right before a quote, make the quote a title whoever the source is ("they
 * released a report titled “…”"). "called", "named", "labelled" stay out: "he called the plan “a
 * disgrace”" is speech.
 */
export const TITLE_ONLY_INTRODUCERS = new Set(['titled', 'entitled', 'headlined', 'dubbed', 'nicknamed']);

/** Words that, right before a quote, make it a title or a name rather than speech. */
export const TITLE_INTRODUCERS = new Set([
  'titled',
  'entitled',
  'called',
  'named',
  'dubbed',
  'headlined',
  'nicknamed',
  'labeled',
  'labelled',
  'branded',
  'slogan',
  'hashtag',
  'chanting',
  'chanted',
  'chants',
]);

/** Verbs that report without a speaker when passive ("it was reported that"). */
export const AGENTLESS_PASSIVES = new Set([
  'reported',
  'said',
  'claimed',
  'alleged',
  'believed',
  'thought',
  'announced',
  'rumored',
  'rumoured',
  'understood',
  'learned',
  'expected',
  // "It is not yet known whether …", "It was not disclosed how much …": what nobody has said yet.
  'known',
  'disclosed',
]);

const FORM_TO_LEMMA = new Map<string, string>();
for (const entry of VERBS) {
  const [lemma, irregular] = entry.split(':');
  const forms = irregular ? irregular.split(',') : regularForms(lemma);
  FORM_TO_LEMMA.set(lemma, lemma);
  for (const f of forms) FORM_TO_LEMMA.set(f, lemma);
}

function regularForms(lemma: string): string[] {
  const stem = lemma.endsWith('e') ? lemma.slice(0, -1) : lemma;
  const third = /(?:s|sh|ch|x|z)$/.test(lemma) ? `${lemma}es` : `${lemma}s`;
  return [third, `${stem}ed`, `${stem}ing`];
}

/** The lemma of a reporting verb form (lower-case), or null. */
export function cueLemma(form: string): string | null {
  return FORM_TO_LEMMA.get(form) ?? null;
}

/** Lemmas that report speech proper (strong cues even without a quote nearby). */
export const SPEECH_LEMMAS = new Set([
  'say',
  'tell',
  'add',
  'state',
  'write',
  'report',
  'tweet',
  'announce',
  'deny',
  'insist',
  'warn',
  'accuse',
  'claim',
  'explain',
  'note',
  'argue',
  'confirm',
  'ask',
  'acknowledge',
  'admit',
  'declare',
  'allege',
  'assert',
  'reveal',
  'stress',
  'concede',
  'testify',
  'reply',
  'respond',
  'recall',
  'predict',
  'suggest',
  'vow',
  'urge',
  'complain',
  'conclude',
  'emphasize',
  'quote',
]);

/** Cues of a relayed source: "AP reported …, quoting two unnamed officials". */
export const RELAYED_BY = new Set(['quoting', 'citing']);
