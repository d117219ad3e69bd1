/**
 * Companies named by what they do: "Vantix Systems", "Halden Logistics", "Corvane Technologies".
 * The tagger misses many such names it never saw (PolNeAR and wire copy are full of them). A run of
 * capitalised words ending in a company head word (companySuffixes.ts) that no span covers, or
 * whose only spans lie inside it and leave the head word out, is one ORG; a span of exactly that
 * run the tagger called a person or a place is retyped ORG. Then, in the whole
 * document, the name's first word alone ("Vantix rejected …") is that company.
 */
import { BUSINESS_NOUNS } from '../en/gazetteers/businessNouns.js';
import { COMPANY_HEADS } from '../en/gazetteers/companySuffixes.js';
import { FLAG_ALL_CAPS, FLAG_FIRST_NAME, H_PROFILE_CAP } from './lexicon.js';
import { MOSTLY_LOWER_BUCKETS } from './merge.js';
import { type Candidate, isCapitalised, type TokenView } from './tokens.js';

const HEADS = new Set(COMPANY_HEADS);
export const COMPANY_HEAD_RULE = 'company-head';
/** The rule of a company's first word standing alone for it. */
export const COMPANY_SHORT_RULE = `${COMPANY_HEAD_RULE}+document`;
/** Words of a name before its head word. */
const MAX_NAME_WORDS = 4;
const ARTICLES = new Set(['the', 'a', 'an']);
const CONNECTORS = new Set(['of', 'and', '&', 'for']);
/**
 * Head words that are common surnames too ("Sandra Mills"): after a listed given name alone they
 * end a person's name (UNER train and dev: "Mills" twice, a person's both times), unless an
 * appositive says it is a business ("Harcourt Mills, the investment bank,").
 */
const SURNAME_HEADS = new Set(['mills', 'flowers', 'steel']);
/** Labels a company's name may have been given by mistake. */
const RETYPED = new Set(['PERSON', 'LOC', 'GPE']);

/** Returns the spans of sentence [start, end) with company names added; `spans` sorted. */
export function addCompanyNames(v: TokenView, spans: Candidate[], start: number, end: number): Candidate[] {
  let out = spans;
  for (let h = start + 1; h < end; h++) {
    if (!HEADS.has(v.lower[h]) || !isCapitalised(v, h) || allCaps(v, h)) continue;
    // "Capital Markets", "Systems Control": the name goes on past the head word; "Crayola Air-Dry
    // Clay": a hyphen makes the head word part of a compound.
    if (h + 1 < end && (isCapitalised(v, h + 1) || v.words[h + 1] === '-')) continue;
    let first = h;
    while (first - 1 >= start && h - (first - 1) <= MAX_NAME_WORDS && isCapitalised(v, first - 1)) first--;
    if (first < h && ARTICLES.has(v.lower[first])) first++;
    // A sentence's first word is capitalised whatever it is: it names only if running text capitalises it.
    if (first === start && commonWord(v, first)) first++;
    if (first === h) continue;
    if (
      first === h - 1 &&
      SURNAME_HEADS.has(v.lower[h]) &&
      firstName(v, first) &&
      !businessAfter(v, h + 1, end)
    )
      continue;
    // "School of Industrial and Systems Engineering": part of a longer name.
    // ("Corvane Technologies and Halden Logistics" are two.)
    const before = first - 2;
    if (
      before >= start &&
      CONNECTORS.has(v.lower[first - 1]) &&
      isCapitalised(v, before) &&
      !HEADS.has(v.lower[before])
    )
      continue;
    let letters = true;
    for (let k = first; k <= h; k++) if (!/^[\p{L}][\p{L}.'’&-]*$/u.test(v.words[k])) letters = false;
    if (!letters) continue;
    const inside = out.filter((s) => s.start < h + 1 && first < s.end);
    // A span of just the name is kept, as an organisation ("Tulloch Aggregates" read as a person).
    const whole =
      inside.length === 1 && inside[0].start === first && inside[0].end === h + 1 ? inside[0] : null;
    if (whole) {
      if (RETYPED.has(whole.label)) {
        whole.label = 'ORG';
        whole.rule = `${whole.rule}+${COMPANY_HEAD_RULE}`;
      }
      continue;
    }
    if (inside.some((s) => s.start < first || s.end > h)) continue;
    out = out.filter((s) => !inside.includes(s));
    out.push({ start: first, end: h + 1, label: 'ORG', rule: COMPANY_HEAD_RULE });
    out.sort((a, b) => a.start - b.start);
  }
  return out;
}

/** Words of an appositive looked through for a business noun. */
const APPOSITIVE_WORDS = 5;

/** ", the investment bank,": an appositive at `i` that says the name before it is a business's. */
function businessAfter(v: TokenView, i: number, end: number): boolean {
  if (i + 1 >= end || v.words[i] !== ',' || !ARTICLES.has(v.lower[i + 1])) return false;
  for (let k = i + 2; k < Math.min(end, i + 2 + APPOSITIVE_WORDS) && v.words[k] !== ','; k++)
    if (BUSINESS_NOUNS.has(v.lower[k])) return true;
  return false;
}

const firstName = (v: TokenView, i: number) => (v.lexicon.flags[v.ids[i]] & FLAG_FIRST_NAME) !== 0;
const allCaps = (v: TokenView, i: number) => (v.lexicon.flags[v.ids[i]] & FLAG_ALL_CAPS) !== 0;

/** Whether running text mostly writes the word in lower case. */
function commonWord(v: TokenView, i: number): boolean {
  const cap = v.lexicon.hash(v.ids[i], H_PROFILE_CAP);
  return cap > 0 && cap <= MOSTLY_LOWER_BUCKETS;
}

/**
 * "Vantix Systems … Vantix rejected the account": after a company named by its head word, its first
 * word alone, capitalised, is the company (a span of one word on it is retyped, an uncovered word
 * gets one). So are the words before the head of a longer name ("Morgan Bates Travel … a
 * spokeswoman for Morgan Bates"), unless "who" sets them off as a person's. `ents` sorted over the
 * whole document; returns it sorted.
 */
export function spreadCompanyNames(v: TokenView, ents: Candidate[]): Candidate[] {
  const short = new Map<string, number>();
  for (const e of ents) {
    if (e.rule !== COMPANY_HEAD_RULE) continue;
    if (e.end - e.start === 2 && !commonWord(v, e.start)) short.set(v.words[e.start], 1);
    if (e.end - e.start > 2) short.set(v.words.slice(e.start, e.end - 1).join(' '), e.end - e.start - 1);
  }
  if (short.size === 0) return ents;
  const covered = new Map<number, Candidate>();
  for (const e of ents) for (let i = e.start; i < e.end; i++) covered.set(i, e);
  let added = false;
  for (let i = 0; i < v.words.length; i++)
    for (const [name, n] of short) {
      if (v.words.slice(i, i + n).join(' ') !== name || (i + n < v.words.length && HEADS.has(v.lower[i + n])))
        continue;
      if (n > 1 && v.words[i + n] === ',' && v.lower[i + n + 1] === 'who') continue;
      const e = covered.get(i);
      if (!e && Array.from({ length: n }, (_, k) => covered.has(i + k)).every((c) => !c)) {
        ents.push({ start: i, end: i + n, label: 'ORG', rule: COMPANY_SHORT_RULE });
        added = true;
      } else if (e && e.start === i && e.end === i + n && e.label !== 'ORG') {
        e.label = 'ORG';
        e.rule = COMPANY_SHORT_RULE;
      }
    }
  return added ? ents.sort((a, b) => a.start - b.start) : ents;
}
