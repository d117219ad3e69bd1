import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readModelFile } from '../../src/language/models.js';

describe('model files', () => {
  it('names the missing file and the command that builds it', () => {
    assert.throws(() => readModelFile('no-such-model.bin'), /no-such-model\.bin.*npm run train/);
  });
});
