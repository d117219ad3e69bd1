/**
 * Arabic names go on through their particles: "Muqtada al-Sadr", "Abdul Wahhab al-Janabi",
 * "Osama bin Laden". The tokenizer splits "al-Sadr" into "al", "-", "Sadr" and the tagger often
 * stops before the particle, leaving "Muqtada" and "al-Sadr" as two names. A PERSON span
 * followed by a particle, an optional hyphen and a capitalised word is extended over them (and
 * over a name span that starts there).
 */
import type { Candidate, TokenView } from './tokens.js';

/** Lower-cased particles that continue a personal name. */
const PARTICLES = new Set(['al', 'el', 'bin', 'ibn', 'bint', 'abu', 'abd', 'ben']);

/** Returns the spans of sentence [start, end) with personal names joined across particles; `spans` sorted. */
export function joinNameParticles(v: TokenView, spans: Candidate[], end: number): Candidate[] {
  const out: Candidate[] = [];
  for (let k = 0; k < spans.length; k++) {
    const s = spans[k];
    // The tagger may also stop inside the particle, after its hyphen ("Hisham al -" + "Sharif").
    if (
      s.label === 'PERSON' &&
      isHyphen(v.words[s.end - 1]) &&
      s.end < end &&
      /^\p{Lu}/u.test(v.words[s.end])
    ) {
      k = absorb(spans, k, s.end + 1, out, s);
      continue;
    }
    let j = s.end;
    if (s.label !== 'PERSON' || j >= end || !PARTICLES.has(v.lower[j])) {
      out.push(s);
      continue;
    }
    j++;
    const hyphen = j < end && isHyphen(v.words[j]);
    if (hyphen) j++;
    // A capitalised particle without a hyphen may be a name of its own ("… Ben Carson").
    const particleWritten = hyphen || /^\p{Ll}/u.test(v.words[s.end]);
    if (!particleWritten || j >= end || !/^\p{Lu}/u.test(v.words[j])) {
      out.push(s);
      continue;
    }
    k = absorb(spans, k, j + 1, out, s);
  }
  return out;
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
  out.push({ ...s, end, rule: `${s.rule}+particle` });
  return at;
}
