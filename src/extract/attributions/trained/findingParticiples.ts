/**
 * "the hoard, found by a metal detectorist in 2030, was …": a participle of finding set off by a comma
 * before "by" says who came upon a thing, not what anyone said. The cue tagger, which has seen "found"
 * report studies' results, takes it for a cue, and the report around it then stops at it. PolNeAR's
 * passive participles after a comma that are cues are stances ("opposed by", "backed by"); its train
 * and dev splits hold no such participle of finding.
 */
import { XPOS_ID } from '../../../language/tagsets.js';
import type { TokenSpan } from '../build.js';
import type { DocView } from './view.js';

const FINDING = new Set(['find', 'discover', 'spot', 'uncover', 'unearth']);

export function isFindingParticiple(v: DocView, cue: TokenSpan): boolean {
  const k = cue.start;
  return (
    cue.end - cue.start === 1 &&
    k > 0 &&
    v.lower[k - 1] === ',' &&
    v.lower[k + 1] === 'by' &&
    v.doc.xpos[k] === XPOS_ID.VBN &&
    FINDING.has(v.doc.lemma[k])
  );
}
