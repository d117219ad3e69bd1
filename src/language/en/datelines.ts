/** News datelines: where (and when, and through which agency) a story was filed. */

/**
 * A dateline opening a paragraph: a place in capitals, maybe a region, a date ("Oct. 4", "Aug 27")
 * or an agency, then a dash ("MISRATA, Libya — ", "LONDON (Reuters) - ", "PASADENA, Calif., Jan. 1
 * (UPI) — "), before a sentence that starts with a capital. Without a place, a date and an agency
 * ("Oct. 4 (UPI) — "): a date alone before a dash may open a sentence.
 */
const PLACE = String.raw`\p{Lu}{2,}(?:[\s.'’-]+\p{Lu}{2,})*(?:,\s*\p{Lu}[\p{L}.' ]*?)?`;
const DATE = String.raw`\p{Lu}\p{Ll}{2,4}\.?\s+\d{1,2}`;
const AGENCY = String.raw`\s*\([^()\n]{1,30}\)`;
export const DATELINE = new RegExp(
  String.raw`^(?:${PLACE}(?:,\s*${DATE})?(?:${AGENCY})?|${DATE}${AGENCY})\s*(?:—|–|--?)\s+(?=\p{Lu})`,
  'u',
);
