/** The trained attribution extractor: weights from models/attribution-*.bin, loaded once per process. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Attribution, Range } from '../../../analysis/types.js';
import type { Doc } from '../../../language/doc.js';
import { TITLE_INTRODUCERS } from '../../../language/en/cues/reportingVerbs.js';
import { UPOS_ID } from '../../../language/tagsets.js';
import { modelsDir } from '../../../paths.js';
import { withoutAnonymityReasons } from '../anonymityReasons.js';
import { approximateCountsToContent } from '../approximateCounts.js';
import { asideObjectsToContent } from '../asideObjects.js';
import { dropAskedAsides } from '../askedAsides.js';
import { AS_PUT_IT_RULE, asPutIt } from '../asPutIt.js';
import { extractBaseline } from '../baseline/index.js';
import { buildAttribution, formOf, sourceOf, type TokenSpan } from '../build.js';
import { isRelayCue, linkChains, numberInOrder } from '../chains.js';
import { unfoldCitedReasons } from '../citedReasons.js';
import {
  clauseSubject,
  isDeadline,
  isPlaceholderIt,
  passiveRoles,
  receivedCriticism,
  wholeSubject,
} from '../clauseSubject.js';
import { cutDanglingJoiners, runContentsOn, runOnParallelThat, subjectsAfterThat } from '../contentRuns.js';
import { joinContentVerbs } from '../contentVerbs.js';
import { CONTRAST_CLAUSE_RULE, contrastClauses } from '../contrastClauses.js';
import { splitCoordinatedCues, splitJoinedSpeakers } from '../coordinatedCues.js';
import { cutSubjectContents } from '../cutSubjectContents.js';
import { withoutDeniedReports } from '../deniedReports.js';
import { directedInfinitives } from '../directedInfinitives.js';
import { dropEmptyContents } from '../emptyContents.js';
import { ideaNounsToContent } from '../ideaNouns.js';
import { splitInvertedSpeakers, swapInvertedTags } from '../invertedTags.js';
import { surroundMidTags } from '../midTags.js';
import { modifiedSubjects } from '../modifiedSubjects.js';
import { dropNameCues } from '../nameCues.js';
import { NESTED_PASSIVE_TELLING_RULE, nestedPassiveTellings } from '../nestedPassiveTellings.js';
import { withoutNestedRequests } from '../nestedRequests.js';
import { NESTED_SPEECH_RULE, nestedSpeech } from '../nestedSpeech.js';
import { openingNounSources } from '../openingNounSources.js';
import { participleSources } from '../participleSources.js';
import { passiveAgents } from '../passiveAgents.js';
import { perfectTags } from '../perfectTags.js';
import { withoutPermitDecisions } from '../permitDecisions.js';
import { withoutPhysicalFinds } from '../physicalFinds.js';
import { POLL_FINDING_RULE, pollFindings } from '../pollFindings.js';
import { POLL_STANDING_RULE, pollStandings } from '../pollStandings.js';
import { withoutPostedResults } from '../postedResults.js';
import { quotedAsSaying } from '../quotedAs.js';
import { quotedByAsides } from '../quotedByAsides.js';
import { closeOpenQuotes, closesDoubleQuote } from '../quotes.js';
import { antecedentSources, wholeRelativeSources } from '../relativeSources.js';
import { joinRelays } from '../relays.js';
import { dropSayingIdioms } from '../sayingIdioms.js';
import { openingParticipleSubject, parsedSubject, sharedSubject } from '../sharedSubjects.js';
import { sourceExtent } from '../sourceExtent.js';
import { withoutSourcelessNested } from '../sourcelessNested.js';
import { subjectAsides } from '../subjectAsides.js';
import { withoutSwallowedCues } from '../swallowedCues.js';
import { quotesApartFromTags } from '../taggedQuotes.js';
import { temporalPassiveContents } from '../temporalPassives.js';
import { wholeToldClauses } from '../toldClauses.js';
import { confidenceOf } from './calibrate.js';
import { COLON_QUOTE_RULE, colonQuotes } from './colonQuotes.js';
import { type AttributionModels, loadModels, predict, speechLemmaOf } from './model.js';
import { nestParticipleClauses } from './participleClauses.js';
import { type DocView, viewOf } from './view.js';

export const CUE_MODEL_FILE = 'attribution-cue.bin';
export const ROLE_MODEL_FILE = 'attribution-roles.bin';
/** The cue network's weights (cueNet.ts), read when present (`--no-cue-net` trains none). */
export const CUE_NET_FILE = 'attribution-cue-net.bin';
export const TRAINED_RULE = 'trained-perceptron';
/** Confidence of a rule whose precision was not measured in training (too few cases). */
const UNMEASURED_RULE_CONFIDENCE = 0.5;

const VERBATIM_RULES = new Set(['speaker-line', 'signed-quote']);

const TRUSTED_RULES = new Set([
  'agentless-passive',
  'quoting',
  'according-to',
  'quote-then-cue',
  'colon-then-quote',
]);

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  a.start < b.end && b.start < a.end;

let cached: AttributionModels | null | undefined;
let loadProblem: string | null = null;

/** The committed models, or null when they are missing or unreadable (the caller then falls back to the rules). */
export function attributionModels(): AttributionModels | null {
  if (cached !== undefined) return cached;
  const cue = join(modelsDir, CUE_MODEL_FILE);
  const role = join(modelsDir, ROLE_MODEL_FILE);
  const net = join(modelsDir, CUE_NET_FILE);
  try {
    cached =
      existsSync(cue) && existsSync(role)
        ? loadModels(readFileSync(cue), readFileSync(role), existsSync(net) ? readFileSync(net) : null)
        : null;
  } catch (err) {
    // Weights from another feature version: the rules take over until `npm run train` is rerun,
    // and the caller says so (see modelsLoadProblem).
    cached = null;
    loadProblem = (err as Error).message;
  }
  return cached;
}

/** Why the weight files present could not be loaded, or null when they loaded (or were never tried). */
export function modelsLoadProblem(): string | null {
  return cached === null ? loadProblem : null;
}

/** Whether the tagger ran over the Doc: the trained taggers read its output and are lost without it. */
export function isTagged(doc: Doc): boolean {
  for (let i = 0; i < doc.length; i++) if (doc.upos[i] !== 0) return true;
  return false;
}

/** Uses these models from now on (training and tests). */
export function useModels(models: AttributionModels | null, problem: string | null = null): void {
  cached = models;
  loadProblem = problem;
}

/**
 * "She warned that …, pointing out that …": a participle cue with no source of its own shares the
 * source of the attribution it hangs from, earlier in the same sentence (PolNeAR lets one source
 * span serve several attributions), passing over relays ("quoting …"), whose source is not the
 * clause's subject.
 */
export function shareParticipleSources(doc: Doc, found: Attribution[]): void {
  for (let k = 1; k < found.length; k++) {
    const a = found[k];
    if (a.source || !/ing$/i.test(a.cue.text.split(/\s+/)[0])) continue;
    // ", pointing out …", or the last of a list of participles ("…, apologizing … and promising …").
    if (!/(?:,["”’']?|,?\s+and)\s*$/.test(doc.text.slice(Math.max(0, a.cue.start - 6), a.cue.start)))
      continue;
    // "AP reported …, quoting two officials, stating …": a relay's source is its participle's
    // object, not the subject both participles share; the participle hangs on the clause before.
    let j = k - 1;
    while (j >= 0 && isRelayCue(found[j])) j--;
    if (j < 0) continue;
    const prev = found[j];
    const sameSentence =
      doc.sentenceOf(doc.tokenAtOrAfter(prev.cue.start)) === doc.sentenceOf(doc.tokenAtOrAfter(a.cue.start));
    if (prev.source && sameSentence) a.source = sourceOf(prev.source, prev.source.kind, prev.source.entity);
  }
}

/**
 * "Adebayo wrote to the department in December warning that …": a participle cue with no source,
 * inside the content of the attribution it hangs from (its `via`) in the same sentence, is that
 * speaker's too. Relays ("quoting …") name their own source.
 */
export function shareOuterSources(doc: Doc, found: Attribution[]): void {
  const byId = new Map(found.map((a) => [a.id, a]));
  for (const a of found) {
    if (a.source || !a.via || isRelayCue(a) || !/ing$/i.test(a.cue.text.split(/\s+/)[0])) continue;
    const outer = byId.get(a.via);
    if (!outer?.source) continue;
    const sentence = (at: number) => doc.sentenceOf(doc.tokenAtOrAfter(at));
    if (sentence(outer.cue.start) !== sentence(a.cue.start)) continue;
    a.source = sourceOf(outer.source, outer.source.kind, outer.source.entity);
  }
}

/** "a study called “…”": a source that introduces a title keeps the quoted title. */
function withTitle(view: DocView, source: TokenSpan): TokenSpan {
  if (!TITLE_INTRODUCERS.has(view.lower[source.end - 1])) return source;
  const quote = view.quotes.opening.get(source.end);
  return quote?.closed ? { start: source.start, end: quote.close } : source;
}

const hasWord = (doc: Doc, span: TokenSpan) => {
  for (let i = span.start; i < span.end; i++) if (/[\p{L}\p{N}]/u.test(doc.word(i))) return true;
  return false;
};

/** Whether a closing quotation mark follows `token`, past commas: "…, he stressed,” …". */
function closingMarkAt(doc: Doc, token: number): boolean {
  let k = token;
  while (k < doc.length && doc.word(k) === ',') k++;
  return k < doc.length && closesDoubleQuote(doc.word(k));
}

/** Words that join a second verb or clause to the content's own ("… “sharply” and described …"). */
const TRAILING_JOINERS = new Set(['and', 'but', 'or']);

/** The last piece of a content ends before a conjunction the tagger left on it, and the marks before that. */
function withoutTrailingJoiner(view: DocView, content: TokenSpan[]): TokenSpan[] {
  const last = content[content.length - 1];
  let end = last.end;
  if (!TRAILING_JOINERS.has(view.lower[end - 1])) return content;
  end--;
  while (end > last.start && (view.lower[end - 1] === ',' || view.lower[end - 1] === ';')) end--;
  if (end === last.start) return content;
  return [...content.slice(0, -1), { start: last.start, end }];
}

/**
 * The content as the role tagger marked it, less pieces that are only punctuation and a conjunction
 * left at its end. When nothing is left and the cue sits inside a quote, or closes one whose
 * opening mark is missing ("… the last point, he stressed,” according to …"), the speaker said the
 * quoted sentence before the source.
 */
export function contentOf(
  view: DocView,
  found: { source: TokenSpan | null; cue: TokenSpan; content: TokenSpan[] },
) {
  const { doc } = view;
  const content = found.content.filter((span) => hasWord(doc, span));
  if (content.length > 0) return withoutTrailingJoiner(view, content);
  const head = found.source && found.source.end <= found.cue.start ? found.source.start : found.cue.start;
  const quote = view.quotes.quotes[view.quotes.inside[head]];
  const fragment = quote?.fragments.find((f) => f.start <= head && head < f.end);
  if (!fragment && !closingMarkAt(doc, found.cue.end)) return content;
  const start = Math.max(fragment?.start ?? 0, doc.sentStart[doc.sentenceOf(head)]);
  let end = head;
  while (end > start && !hasWord(doc, { start: end - 1, end })) end--;
  return end > start ? [{ start, end }] : content;
}

/** The spans less the tokens of `agent` and the "by" before it ("a fraud by two councillors"). */
function without(spans: TokenSpan[], agent: TokenSpan | null): TokenSpan[] {
  if (!agent) return spans;
  const from = agent.start - 1;
  return spans.flatMap((s) => {
    if (s.end <= from || s.start >= agent.end) return [s];
    return [
      { start: s.start, end: from },
      { start: agent.end, end: s.end },
    ].filter((piece) => piece.end > piece.start);
  });
}

/**
 * The "it" right before a passive cue whose "that" clause follows ("It was reported last week that
 * …"), for isPlaceholderIt to confirm; else null. Without the clause "it" may be a thing spoken of
 * ("it is considered a threat").
 */
function placeholderBefore(doc: Doc, cue: TokenSpan): TokenSpan | null {
  const it = { start: cue.start - 1, end: cue.start };
  const extraposed = cue.end < doc.length && doc.lowerWord(cue.end) === 'that';
  return it.start >= 0 && extraposed && isPlaceholderIt(doc, it, cue) ? it : null;
}

/** Articles, which no speaker's phrase ends on (a floating "all" or "some" may end one). */
const ARTICLES = new Set(['the', 'a', 'an']);

/**
 * A tagged source that is a piece of a phrase, not a noun phrase ("… blamed fighters loyal to the
 * commander and said …" tagged "loyal to the"): it ends on a preposition or an article.
 */
function brokenPhrase(doc: Doc, span: TokenSpan): boolean {
  const last = span.end - 1;
  return span.end - span.start > 1 && (doc.upos[last] === UPOS_ID.ADP || ARTICLES.has(doc.lowerWord(last)));
}

/**
 * A "quoting" or "citing" cue whose content opens on the participle's object and goes on past a
 * comma into a "that" clause ("citing two officials, that …"): the object is the relay's source.
 */
function relayReadAsContent(doc: Doc, a: Attribution): boolean {
  const cue = doc.text.slice(a.cue.start, a.cue.end).toLowerCase();
  if (cue !== 'quoting' && cue !== 'citing') return false;
  const first = a.content[0];
  return (
    /^\s*$/.test(doc.text.slice(a.cue.end, first.start)) &&
    /,\s+that\s/.test(doc.text.slice(first.start, first.end))
  );
}

/** Words before "say" that make it the noun of a right to decide ("the final say", "no say in it"). */
const SAY_NOUN_BEFORE = /\b(?:a|the|their|his|her|its|our|your|no|final|greater|bigger|equal|real)\s+$/i;

/** "… will have the final say on …": "say" after a determiner or "final", "greater" … is a noun, not a report. */
export function sayAsNoun(doc: Doc, a: Attribution): boolean {
  if (doc.text.slice(a.cue.start, a.cue.end).toLowerCase() !== 'say') return false;
  return SAY_NOUN_BEFORE.test(doc.text.slice(Math.max(0, a.cue.start - 12), a.cue.start));
}

/** Verbs of posture that, with a word of disuse, tell a thing's state ("have stood empty", "sat idle"). */
const POSTURE_LEMMAS = new Set(['stand', 'sit', 'lie']);
/**
 * Words of disuse after a posture verb. Not any adjective: "stands united with", "is standing tall
 * on" take a stance, which PolNeAR marks as an attribution.
 */
const DISUSE_WORDS = new Set([
  'empty',
  'idle',
  'vacant',
  'unused',
  'unoccupied',
  'derelict',
  'abandoned',
  'dormant',
  'untouched',
  'unsold',
]);

/**
 * "… homes have stood empty for a year …": a posture verb with a word of disuse after it tells how a
 * thing is, not what anyone said or thinks, whatever the cue tagger reads into the clause after it.
 */
export function postureState(doc: Doc, a: Attribution): boolean {
  const span = doc.tokensInRange(a.cue.start, a.cue.end);
  for (let k = span.start; k < span.end && k + 1 < doc.length; k++) {
    if (POSTURE_LEMMAS.has(doc.lemma[k]) && DISUSE_WORDS.has(doc.lowerWord(k + 1))) return true;
  }
  return false;
}

export function extractTrained(doc: Doc, body: Range[], models: AttributionModels): Attribution[] {
  const view = viewOf(doc, body);
  const found = predict(models, view).map((tagged) => {
    // "was expected by March": the role tagger may take the deadline for the passive's agent.
    const p = !tagged.source
      ? tagged
      : isDeadline(doc, tagged.source)
        ? { ...tagged, source: null }
        : { ...tagged, ...sourceExtent(doc, tagged.source, tagged.cue, tagged.content) };
    // The role tagger may leave the placeholder out ("It was reported …" with no source tagged).
    const clause = clauseSubject(doc, p.source ?? placeholderBefore(doc, p.cue), p.cue);
    const subject = (clause && brokenPhrase(doc, clause) && parsedSubject(doc, p.cue)) || clause;
    const placeholder = subject && isPlaceholderIt(doc, subject, p.cue);
    const content = contentOf(view, p);
    // A cue with no content is dropped below, whoever its subject is.
    const passive = placeholder || content.length === 0 ? null : passiveRoles(doc, subject, p.cue);
    const received = passive || placeholder ? null : receivedCriticism(doc, subject, p.cue);
    return buildAttribution(doc, {
      source: passive
        ? passive.agent
        : received
          ? received.agent
          : subject
            ? placeholder
              ? null
              : withTitle(view, subject)
            : (openingParticipleSubject(doc, p.cue) ??
              sharedSubject(doc, p.cue) ??
              // A tagged source the joiner check dropped ("… the seizure of a boat and | said"): the parse's subject.
              (tagged.source && !isDeadline(doc, tagged.source) ? parsedSubject(doc, p.cue) : null)),
      // PolNeAR's cue holds the placeholder ("it is said", "it was revealed").
      cue: placeholder ? { start: subject.start, end: p.cue.end } : p.cue,
      content:
        passive && subject && !passive.detached
          ? [wholeSubject(doc, subject), ...without(content, passive.agent)]
          : passive
            ? without(content, passive.agent)
            : received
              ? without(content, received.agent)
              : content,
      lemma: speechLemmaOf(view, p.cue),
      rule: p.rule ?? TRAINED_RULE,
      confidence: p.rule
        ? (models.calibration.rules[p.rule] ?? UNMEASURED_RULE_CONFIDENCE)
        : confidenceOf(models.calibration, p.margin),
    });
  });
  // "…, citing two officials, that …": a relay participle's object is its source, which the taggers
  // read as content; the rule below reads it so.
  let kept = found.filter(
    (a) =>
      a.content.length > 0 &&
      a.cue.end > a.cue.start &&
      !relayReadAsContent(doc, a) &&
      !sayAsNoun(doc, a) &&
      !postureState(doc, a),
  );
  kept = withoutDeniedReports(doc, withoutPermitDecisions(doc, kept));
  joinContentVerbs(doc.text, kept);
  // Forms PolNeAR's flat annotation never shows the taggers, kept from the rules: agentless
  // reports, relays ("quoting …") and signed quotes the taggers missed.
  for (const rule of extractBaseline(doc, body, view.quotes, TRUSTED_RULES)) {
    if (kept.some((a) => overlaps(a.cue, rule.cue) || (a.source && overlaps(a.source, rule.cue)))) continue;
    // Set on the rule's own object, not spread into a copy: a spread builds objects of another hidden
    // class, and every later pass over the attributions was re-optimised for the mix.
    rule.confidence = models.calibration.rules[rule.rule] ?? rule.confidence;
    rule.via = null;
    kept.push(rule);
  }
  kept.push(
    ...colonQuotes(
      doc,
      view.quotes,
      kept,
      models.calibration.rules[COLON_QUOTE_RULE] ?? UNMEASURED_RULE_CONFIDENCE,
    ),
  );
  const contrastConfidence = models.calibration.rules[CONTRAST_CLAUSE_RULE] ?? UNMEASURED_RULE_CONFIDENCE;
  kept.push(...contrastClauses(doc, kept, contrastConfidence));
  kept.push(
    ...pollFindings(doc, kept, models.calibration.rules[POLL_FINDING_RULE] ?? UNMEASURED_RULE_CONFIDENCE),
  );
  kept.push(
    ...pollStandings(doc, kept, models.calibration.rules[POLL_STANDING_RULE] ?? UNMEASURED_RULE_CONFIDENCE),
  );
  kept.push(...perfectTags(doc, kept, UNMEASURED_RULE_CONFIDENCE));
  quotedAsSaying(doc.text, kept);
  dropAskedAsides(doc.text, kept);
  dropSayingIdioms(doc.text, kept);
  ideaNounsToContent(doc.text, kept);
  approximateCountsToContent(doc.text, kept);
  asideObjectsToContent(doc.text, kept);
  dropNameCues(doc.text, kept);
  dropEmptyContents(kept);
  asPutIt(doc.text, body, kept, models.calibration.rules[AS_PUT_IT_RULE] ?? UNMEASURED_RULE_CONFIDENCE);
  modifiedSubjects(doc, kept);
  directedInfinitives(doc, kept);
  numberInOrder(kept);
  runContentsOn(doc.text, kept);
  cutDanglingJoiners(doc.text, kept);
  subjectsAfterThat(doc.text, kept);
  wholeToldClauses(doc, kept);
  shareParticipleSources(doc, kept);
  participleSources(doc, kept);
  openingNounSources(doc, kept);
  temporalPassiveContents(doc.text, kept);
  cutSubjectContents(doc, kept);
  passiveAgents(doc, kept);
  subjectAsides(doc, kept);
  wholeRelativeSources(doc.text, kept);
  antecedentSources(doc, kept);
  joinRelays(doc.text, kept);
  swapInvertedTags(doc, kept);
  splitInvertedSpeakers(doc, kept);
  nestParticipleClauses(doc.text, kept);
  surroundMidTags(doc.text, kept);
  runOnParallelThat(doc.text, kept);
  splitCoordinatedCues(doc.text, kept);
  splitJoinedSpeakers(doc.text, kept);
  quotesApartFromTags(doc.text, kept);
  quotedByAsides(doc.text, kept);
  const nested = nestedSpeech(
    doc,
    kept,
    models.calibration.rules[NESTED_SPEECH_RULE] ?? UNMEASURED_RULE_CONFIDENCE,
  ).concat(
    nestedPassiveTellings(
      doc,
      kept,
      models.calibration.rules[NESTED_PASSIVE_TELLING_RULE] ?? UNMEASURED_RULE_CONFIDENCE,
    ),
  );
  if (nested.length > 0) {
    kept.push(...nested);
    numberInOrder(kept);
  }
  // Once the repairs above settled sources and contents: what is no statement of its own goes, and
  // the rest are numbered again so the chains below link by dense ids.
  const statements = withoutSourcelessNested(
    doc.text,
    withoutSwallowedCues(
      withoutNestedRequests(
        doc,
        withoutPostedResults(
          doc.text,
          withoutPhysicalFinds(doc.text, withoutAnonymityReasons(doc.text, kept)),
        ),
      ),
    ),
  );
  if (statements.length < kept.length) {
    kept = statements;
    numberInOrder(kept);
  }
  linkChains(kept);
  unfoldCitedReasons(kept);
  shareOuterSources(doc, kept);
  closeOpenQuotes(doc.text, kept);
  // The relays and repairs moved contents: a statement whose relay tail was cut off is a quote whole.
  // A transcript line ("Saadi: …") and a signed quote are the speaker's own words, marks or not.
  for (const a of kept) a.form = VERBATIM_RULES.has(a.rule) ? 'direct' : formOf(doc.text, a.content);
  return kept;
}
