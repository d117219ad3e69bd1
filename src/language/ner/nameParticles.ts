/**
 * Arabic names go on through their particles: "Muqtada al-Sadr", "Abdul Wahhab al-Janabi",
 * "Osama bin Laden". The tokenizer splits "al-Sadr" into "al", "-", "Sadr" and the tagger often
 * stops before the particle, leaving "Muqtada" and "al-Sadr" as two names. A PERSON span
 * followed by a particle, an optional hyphen and a capitalised word is extended over them (and
 * over a name span that starts there). A model's place span of unlisted words followed by a
 * lower-case particle, a hyphen and a capitalised word is a person too ("to [Muammar] al-Qadhafi"):
 * in UNER train such names are people 11 times out of 15, and the places follow "in", "at", "near".
 */
import {
  FLAG_CAPITALISED,
  FLAG_FIRST_NAME,
  FLAG_HONORIFIC,
  FLAG_STARTS_CITY,
  FLAG_STARTS_PLACE,
} from './lexicon.js';
import { type Candidate, isCapitalised, type TokenView } from './tokens.js';

/** After these a place name with a particle stays a place ("in Marsa al-Burayqa"). */
const LOCATIVES = new Set(['in', 'at', 'near', 'inside', 'outside', 'around', 'into', 'across']);

/** Lower-cased particles that continue a personal name. */
const PARTICLES = new Set(['al', 'el', 'bin', 'ibn', 'bint', 'abu', 'abd', 'ben']);
/**
 * European particles, written in lower case between a first name and a surname ("Tomas de Vries",
 * "Ursula von der Leyen", "Vincent van Gogh"); the tagger often ends the name before them. Only in
 * lower case and without a hyphen: a capitalised "Van" or "De" begins a name of its own.
 */
const LOWER_PARTICLES = new Set([
  'de',
  'da',
  'di',
  'du',
  'del',
  'della',
  'der',
  'den',
  'van',
  'von',
  'la',
  'le',
  'dos',
  'das',
  'ter',
]);

/** Returns the spans of sentence [start, end) with personal names joined across particles; `spans` sorted. */
export function joinNameParticles(v: TokenView, spans: Candidate[], end: number): Candidate[] {
  const out: Candidate[] = [];
  for (let k = 0; k < spans.length; k++) {
    const s = spans[k];
    // A particle and its hyphen alone name nothing: they begin the name after them, whatever type
    // the tagger gave them ("[Al -]/ORG [Sharif]/PERSON" is one person).
    const next = spans[k + 1];
    if (
      s.end - s.start === 2 &&
      PARTICLES.has(v.lower[s.start]) &&
      isHyphen(v.words[s.start + 1]) &&
      next?.start === s.end
    ) {
      out.push({ start: s.start, end: next.end, label: next.label, rule: `${next.rule}+particle` });
      k++;
      continue;
    }
    // The tagger may also stop inside the particle, after its hyphen ("Hisham al -" + "Sharif").
    if (s.label === 'PERSON' && isHyphen(v.words[s.end - 1]) && s.end < end && isCapitalised(v, s.end)) {
      k = absorb(spans, k, s.end + 1, out, s);
      continue;
    }
    const person = s.label === 'PERSON' || (s.label === 'LOC' && placeBeforeParticle(v, s, end));
    let j = s.end;
    if (person && s.label === 'PERSON') {
      // "de la", "van der": up to two lower-case particles, then the surname; the span may
      // already hold them ("[Bill de] Blasio").
      let from = s.end;
      while (from - 1 > s.start && s.end - from < 2 && LOWER_PARTICLES.has(v.words[from - 1])) from--;
      while (j < end && j - from < 2 && LOWER_PARTICLES.has(v.words[j])) j++;
      if (j > from && j < end && isCapitalised(v, j)) {
        k = absorb(spans, k, j + 1, out, s);
        continue;
      }
      j = s.end;
    }
    if (!person || j >= end || !PARTICLES.has(v.lower[j])) {
      out.push(s);
      continue;
    }
    j++;
    const hyphen = j < end && isHyphen(v.words[j]);
    if (hyphen) j++;
    // A capitalised particle without a hyphen may be a name of its own ("… Ben Carson").
    const particleWritten = hyphen || /^\p{Ll}/u.test(v.words[s.end]);
    if (!particleWritten || j >= end || !isCapitalised(v, j)) {
      out.push(s);
      continue;
    }
    k = absorb(spans, k, j + 1, out, s);
  }
  return out;
}

/**
 * A place span of words no gazetteer lists, not after a locative preposition, then (inside the
 * span or after it) a lower-case particle, a hyphen and a capitalised word; the span is cut back
 * to before the particle.
 */
function placeBeforeParticle(v: TokenView, s: Candidate, end: number): boolean {
  if (s.start > 0 && LOCATIVES.has(v.lower[s.start - 1])) return false;
  let p = s.end;
  if (p - 2 > s.start && isHyphen(v.words[p - 1])) p -= 2;
  else if (p - 1 > s.start && PARTICLES.has(v.words[p - 1])) p -= 1;
  if (p + 2 >= end || !PARTICLES.has(v.words[p]) || !isHyphen(v.words[p + 1])) return false;
  if (!isCapitalised(v, p + 2)) return false;
  for (let i = s.start; i < p; i++)
    if ((v.lexicon.flags[v.ids[i]] & (FLAG_STARTS_PLACE | FLAG_STARTS_CITY)) !== 0) return false;
  s.end = p;
  return true;
}

/**
 * The tagger may start a name after its particle ("Muqtada al - [Sadr]", "later al - [Sadr]",
 * "Joost de [Wit]"): a PERSON span right after a lower-case particle and a hyphen takes them in, and the capitalised
 * word before them too when no span covers it, it is no honorific ("President"), and it is not
 * the sentence's first word unless it is a first name. In place; `spans` sorted.
 */
export function extendBackOverParticles(v: TokenView, spans: Candidate[], start: number): void {
  for (let k = 0; k < spans.length; k++) {
    const s = spans[k];
    const p = s.start - 2;
    const free = (i: number) => k === 0 || spans[k - 1].end <= i;
    if (s.label === 'PERSON' && !(p >= start && PARTICLES.has(v.words[p]) && isHyphen(v.words[p + 1]))) {
      backOverLowerParticles(v, s, start, free);
      continue;
    }
    if (s.label !== 'PERSON' || p < start || !PARTICLES.has(v.words[p]) || !isHyphen(v.words[p + 1]))
      continue;
    if (!free(p)) continue;
    s.start = p;
    s.rule += '+particle';
    const i = p - 1;
    if (i < start || !free(i)) continue;
    const f = v.lexicon.flags[v.ids[i]];
    if ((f & FLAG_CAPITALISED) === 0 || (f & FLAG_HONORIFIC) !== 0) continue;
    if (i > start || (f & FLAG_FIRST_NAME) !== 0) s.start = i;
  }
}

/**
 * "Joost de [Wit]", "Ana van der [Berg]": a surname span after one or two lower-case particles
 * takes them in, and the capitalised word before them, under the same conditions as above.
 */
function backOverLowerParticles(
  v: TokenView,
  s: Candidate,
  start: number,
  free: (i: number) => boolean,
): void {
  let p = s.start;
  while (p - 1 >= start && s.start - p < 2 && LOWER_PARTICLES.has(v.words[p - 1])) p--;
  const i = p - 1;
  if (p === s.start || i < start || !free(i)) return;
  const f = v.lexicon.flags[v.ids[i]];
  if ((f & FLAG_CAPITALISED) === 0 || (f & (FLAG_HONORIFIC | FLAG_STARTS_PLACE | FLAG_STARTS_CITY)) !== 0)
    return;
  if (i === start && (f & FLAG_FIRST_NAME) === 0) return;
  s.start = i;
  s.rule += '+particle';
}

const isHyphen = (word: string) => word === '-' || word === '‐';

/**
 * Pushes `s` extended to `last` and over every later span that starts before it (the rest of the
 * name may already be a span of its own: "al - Sadr"); returns the index of the last span absorbed.
 */
function absorb(spans: Candidate[], k: number, last: number, out: Candidate[], s: Candidate): number {
  let end = last;
  let at = k;
  while (at + 1 < spans.length && spans[at + 1].start < end) {
    end = Math.max(end, spans[at + 1].end);
    at++;
  }
  out.push({ start: s.start, end, label: 'PERSON', rule: `${s.rule}+particle` });
  return at;
}
