/**
 * "…, citing two engineers who asked not to be named. “…,” one of the engineers told the paper. The
 * other said …": a description that points back to an anonymous group stays anonymous. "One of
 * the engineers", "the engineers", "another engineer" take their head noun from an earlier anonymous
 * source; "the other" and "another" alone follow an anonymous speaker in the sentence before.
 */
import type { Attribution } from '../../../analysis/types.js';
import { singular } from '../sourceKind.js';
import { sentenceEnds } from './mentions.js';

/** "one of the engineers", "two of those officials": a part of a group named by its head noun. */
const PART_OF =
  /^(?:one|two|three|four|some|several|both|each|either|neither|all|many|most|none|another)\s+of\s+(?:the|those|these|them)\s+([\p{L}-]+)$/iu;
/** "the engineers", "another engineer", "the other official", "a second source". */
const DESCRIBED =
  /^(?:the|another|a\s+(?:second|third|fourth)|the\s+(?:other|second|third))\s+(?:other\s+)?([\p{L}-]+)$/iu;
/** "The other", "Another", "The second": a member of the group just quoted. */
const OTHER_MEMBER = /^(?:the\s+other|another|the\s+(?:second|third|fourth|latter))$/i;
/** Sentence ends between the anonymous speaker and "the other" that may still refer to it. */
const OTHER_MEMBER_SENTENCES = 2;

/** Marks in place, in document order, the sources that refer back to an anonymous group. */
export function markAnonymousReferences(text: string, attributions: readonly Attribution[]): void {
  const heads = new Set<string>();
  let lastAnonymousEnd = -1;
  for (const a of [...attributions].sort((x, y) => x.cue.start - y.cue.start)) {
    const source = a.source;
    if (!source) continue;
    if (source.kind === 'anonymous') {
      const head = groupHead(source.text);
      if (head) heads.add(head);
      lastAnonymousEnd = a.cue.end;
      continue;
    }
    if (source.entity) continue;
    const phrase = source.text.trim();
    const described = OTHER_MEMBER.test(phrase) ? null : (PART_OF.exec(phrase) ?? DESCRIBED.exec(phrase));
    const refers = described
      ? heads.has(singular(described[1].toLowerCase()))
      : OTHER_MEMBER.test(phrase) &&
        lastAnonymousEnd >= 0 &&
        sentenceEnds(text, lastAnonymousEnd, source.start) <= OTHER_MEMBER_SENTENCES;
    if (!refers) continue;
    source.kind = 'anonymous';
    lastAnonymousEnd = a.cue.end;
  }
}

/** The group noun of an anonymous source: "two engineers who asked …" → "engineer". */
function groupHead(phrase: string): string | null {
  const words = phrase
    .split(/[\s,]+/)
    .map((w) => w.toLowerCase())
    .filter((w) => w.length > 0);
  const stop = words.findIndex(
    (w, i) => i > 0 && /^(?:who|whom|whose|that|with|from|at|in|of|familiar|close)$/.test(w),
  );
  const head = words[(stop > 0 ? stop : words.length) - 1];
  return head && /^\p{L}[\p{L}-]*$/u.test(head) ? singular(head) : null;
}
