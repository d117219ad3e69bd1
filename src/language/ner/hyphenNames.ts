/**
 * Hyphenated names: the tokenizer splits "El-Hagazi" into "El", "-", "Hagazi" (as EWT does), and
 * the tagger often stops at the hyphen ("Mohamed El" + "-Hagazi", "Abdel-" + "Hakim Belhaj", "Al"
 * and "Qaida" as two people). Where the hyphen touches capitalised words on both sides, a PERSON
 * or ORG span is carried over it. A hyphen with spaces around it ("Smith - the mayor") or
 * unknown spacing stops nothing, and neither does a lower-case side ("Jones-led", "Paris-based").
 *
 * Two one-word names the tagger found apart on either side of the hyphen stay two: in UNER train
 * one-word names on both sides of a tight hyphen are two people 9 times ("Bush-Cheney") and one
 * double surname 4 times (which the tagger tends to keep in one span anyway); in dev "Google-Mozilla"
 * is two organisations. A joined span that starts with a
 * capitalised article ("Al-", "El-") and one word, with no first name before it, is an ORG: UNER
 * train tags such article-first names ORG 13 times, PER 9 times and LOC 5 times.
 */
import { type Candidate, isCapitalised, type TokenView } from './tokens.js';

/** The Arabic article, which begins names of people, organisations and places alike. */
const ARTICLES = new Set(['al', 'el']);

const NAME_LABELS = new Set(['PERSON', 'ORG']);

/** Returns the spans of sentence [start, end) with names carried over tight hyphens; `spans` sorted. */
export function joinHyphenatedNames(
  v: TokenView,
  spans: Candidate[],
  start: number,
  end: number,
): Candidate[] {
  if (!v.attached) return spans;
  const out: Candidate[] = [];
  for (let k = 0; k < spans.length; k++) {
    const c = spans[k];
    // Copied field by field: a spread's copy gets a hidden class of its own (see merge.ts's `labelled`).
    const s: Candidate = { start: c.start, end: c.end, label: c.label, rule: c.rule };
    if (!NAME_LABELS.has(s.label)) {
      out.push(s);
      continue;
    }
    let changed = false;
    // Back over "Abdel-" when nothing before it is a span.
    const before = out.length > 0 ? out[out.length - 1].end : start;
    while (s.start - 2 >= before && tightHyphen(v, s.start - 1) && isCapitalised(v, s.start - 2)) {
      s.start -= 2;
      changed = true;
    }
    while (s.end + 1 < end && tightHyphen(v, s.end) && isCapitalised(v, s.end + 1)) {
      const next = spans[k + 1];
      if (next && next.start <= s.end + 1) {
        // A span on the hyphen itself (next.start === s.end) cannot be joined without overlapping it.
        if (next.start <= s.end || !NAME_LABELS.has(next.label) || twoNames(v, s, next)) break;
        if (next.label === 'ORG') s.label = 'ORG';
        s.end = next.end;
        k++;
      } else {
        s.end += 2;
      }
      changed = true;
    }
    if (changed) {
      if (s.label === 'PERSON' && s.end - s.start === 3 && ARTICLES.has(v.lower[s.start])) s.label = 'ORG';
      s.rule += '+hyphen';
    }
    out.push(s);
  }
  return out;
}

/**
 * "Ruth Adeyemi-Clarke … Adeyemi-Clarke said": where the article has already written a double
 * name in one span (see below for spans the hyphen pass made), two one-word spans on either side
 * of a tight hyphen that spell it again are that name, not the two people twoNames takes them for. `ents` sorted, over the whole document.
 */
export function joinKnownHyphenatedNames(v: TokenView, ents: Candidate[]): Candidate[] {
  if (!v.attached) return ents;
  const known = new Set<string>();
  for (const e of ents) {
    if (!NAME_LABELS.has(e.label)) continue;
    // Where the hyphen pass carried a person's name over its hyphen (the tagger had found one
    // half), the pair counts only after a given name or with a half too short to be a surname
    // ("Jay-Z"): two surnames carried together ("Bush-Cheney") are two people (UNER train: 9 in 13).
    const carried = e.label === 'PERSON' && e.rule.includes('+hyphen');
    for (let i = e.start + 1; i + 1 < e.end; i++)
      if (tightHyphen(v, i) && (!carried || i > e.start + 1 || short(v, i - 1) || short(v, i + 1)))
        known.add(`${v.words[i - 1]}-${v.words[i + 1]}`);
  }
  if (known.size === 0) return ents;
  const out: Candidate[] = [];
  for (const e of ents) {
    const last = out[out.length - 1];
    if (
      last &&
      last.label === e.label &&
      NAME_LABELS.has(e.label) &&
      last.end + 1 === e.start &&
      tightHyphen(v, last.end) &&
      known.has(`${v.words[last.end - 1]}-${v.words[e.start]}`)
    ) {
      out[out.length - 1] = { start: last.start, end: e.end, label: last.label, rule: `${last.rule}+hyphen` };
      continue;
    }
    out.push(e);
  }
  return out;
}

/** A word too short to be a surname of its own ("Jay-Z"). */
const short = (v: TokenView, i: number) => v.words[i].length < 3;

/** Token `i` is a hyphen written with no space on either side. */
function tightHyphen(v: TokenView, i: number): boolean {
  const w = v.words[i];
  return (w === '-' || w === '‐') && v.attached![i] === 1 && v.attached![i + 1] === 1;
}

/** Two one-word names found apart, the first no article: "Bush-Cheney", "Google-Mozilla". */
function twoNames(v: TokenView, a: Candidate, b: Candidate): boolean {
  return a.end - a.start === 1 && b.end - b.start === 1 && !ARTICLES.has(v.lower[a.start]);
}
