/**
 * "Former Rovers striker Dean Maguire": the tagger may run a person's span back over the role and
 * the club before the name ("Rovers striker Dean Maguire"). A lower-case word inside a person's
 * span that is no name's connector ("de", "van", "bin") ends what came before: the person is the
 * capitalised words after it, when there are at least two.
 */
import { FLAG_NAME_CONNECTOR } from './lexicon.js';
import { type Candidate, isCapitalised, type TokenView } from './tokens.js';

export const ROLE_CUT_RULE = 'role-cut';
const LOWER_WORD = /^\p{Ll}[\p{Ll}-]*$/u;

/** Cuts, in place, person spans back to the capitalised words after their last inner lower-case word. */
export function cutRolesInsideNames(v: TokenView, spans: Candidate[]): void {
  for (const s of spans) {
    if (s.label !== 'PERSON' || s.end - s.start < 4) continue;
    let cut = -1;
    for (let i = s.start + 1; i < s.end - 2; i++)
      if (LOWER_WORD.test(v.words[i]) && (v.lexicon.flags[v.ids[i]] & FLAG_NAME_CONNECTOR) === 0) cut = i;
    if (cut < 0) continue;
    let named = true;
    for (let i = cut + 1; i < s.end; i++) named &&= isCapitalised(v, i);
    if (!named) continue;
    s.start = cut + 1;
    s.rule = `${s.rule}+${ROLE_CUT_RULE}`;
  }
}
