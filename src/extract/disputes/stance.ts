import type { Stance } from '../../analysis/types.js';
import type { Doc } from '../../language/doc.js';

/**
 * The stance a cue takes toward its content (assert, deny, confirm, ...), from the cue lexicon
 * plus negation around the cue ("did not confirm"). `cueStart`/`cueEnd` are token indices.
 */
export function cueStance(_doc: Doc, _cueStart: number, _cueEnd: number, _lemma: string): Stance {
  return 'assert';
}
