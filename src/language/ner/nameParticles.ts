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
    let j = s.end;
    if (s.label !== 'PERSON' || j >= end || !PARTICLES.has(v.lower[j])) {
      out.push(s);
      continue;
    }
    j++;
    const hyphen = j < end && (v.words[j] === '-' || v.words[j] === '‐');
    if (hyphen) j++;
    // A capitalised particle without a hyphen may be a name of its own ("… Ben Carson").
    const particleWritten = hyphen || /^\p{Ll}/u.test(v.words[s.end]);
    if (!particleWritten || j >= end || !/^\p{Lu}/u.test(v.words[j])) {
      out.push(s);
      continue;
    }
    let last = j + 1;
    // The rest may already be a span ("al - Sadr" tagged on its own): absorb it whole.
    while (k + 1 < spans.length && spans[k + 1].start < last) {
      last = Math.max(last, spans[k + 1].end);
      k++;
    }
    out.push({ ...s, end: last, rule: `${s.rule}+particle` });
  }
  return out;
}
