import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  bandBuckets,
  LSH_BANDS,
  MIN_WORDS,
  minhash,
  NEAR_DUPLICATE_JACCARD,
  SIGNATURE_LENGTH,
  similarity,
} from '../../src/corpus/minhash.js';

const STORY =
  'The harbour board voted on Tuesday to extend the night curfew on cargo handling for another month, ' +
  'citing complaints from residents about noise from the container cranes and lorries queueing on the coast road. ' +
  'The union representing dock workers said the decision would cost its members overtime pay.';

describe('minhash', () => {
  it('gives identical texts identical signatures and buckets', () => {
    const a = minhash(STORY)!;
    const b = minhash(STORY)!;
    assert.equal(a.length, SIGNATURE_LENGTH);
    assert.equal(similarity(a, b), 1);
    assert.deepEqual(bandBuckets(a), bandBuckets(b));
    assert.equal(bandBuckets(a).length, LSH_BANDS);
  });

  it('ignores case and punctuation', () => {
    assert.equal(similarity(minhash(STORY)!, minhash(STORY.toUpperCase().replace(/[.,]/g, ' '))!), 1);
  });

  it('scores a lightly edited copy above the threshold and shares a bucket', () => {
    const edited = STORY.replace('Tuesday', 'Wednesday').replace('another month', 'a further month');
    const a = minhash(STORY)!;
    const b = minhash(edited)!;
    assert.ok(similarity(a, b) >= NEAR_DUPLICATE_JACCARD, String(similarity(a, b)));
    const shared = bandBuckets(a).filter((x, i) => bandBuckets(b)[i] === x);
    assert.ok(shared.length > 0);
  });

  it('scores an unrelated story far below the threshold', () => {
    const other =
      'A grain trader in the market town said barley prices had doubled since the spring floods, and that ' +
      'farmers were holding back stock in the hope of better prices after the harvest festival next month.';
    assert.ok(similarity(minhash(STORY)!, minhash(other)!) < 0.2);
  });

  it('does not sign texts too short to compare', () => {
    const short = Array.from({ length: MIN_WORDS - 1 }, (_, i) => `w${i}`).join(' ');
    assert.equal(minhash(short), null);
    assert.notEqual(minhash(`${short} more`), null);
  });
});
