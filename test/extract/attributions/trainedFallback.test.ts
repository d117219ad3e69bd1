import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { analyze } from '../../../src/analyze.js';
import {
  attributionModels,
  CUE_MODEL_FILE,
  modelsLoadProblem,
  useModels,
} from '../../../src/extract/attributions/trained/index.js';
import { loadModels } from '../../../src/extract/attributions/trained/model.js';
import { modelsDir } from '../../../src/paths.js';

const TEXT = 'The harbour master said the channel would reopen on Friday, after the storm.';
const input = { input: 'fallback-test', text: TEXT };
const committed = attributionModels();

describe('which attribution extractor ran', () => {
  after(() => useModels(committed));

  it('refuses weights written for another model kind', () => {
    const cue = readFileSync(join(modelsDir, CUE_MODEL_FILE));
    // The cue file handed in as the role tagger: its kind string does not match.
    assert.throws(() => loadModels(cue, cue));
  });

  it('names the trained extractor, with no warning, when its weights loaded', { skip: !committed }, () => {
    useModels(committed);
    const analysis = analyze(input);
    assert.equal(analysis.generator.extractor, 'attribution-perceptron/1');
    assert.equal(modelsLoadProblem(), null);
    assert.ok(!(analysis.warnings ?? []).some((w) => /attribution weights/.test(w)));
  });

  it('names the rules and warns when the weights could not be loaded', () => {
    useModels(null, 'weights of feature version 5, code expects 6');
    const analysis = analyze(input);
    assert.equal(analysis.generator.extractor, 'baseline-rules');
    const warning = (analysis.warnings ?? []).find((w) => /attribution weights not loaded/.test(w));
    assert.ok(warning, 'a warning says the rules stood in');
    assert.match(warning, /feature version 5/);
    // The rules still find the plain statement.
    assert.ok(analysis.attributions.some((a) => a.cue.text === 'said'));
  });

  it('says nothing when the weights are simply absent (a fresh clone before training)', () => {
    useModels(null);
    const analysis = analyze(input);
    assert.equal(analysis.generator.extractor, 'baseline-rules');
    assert.ok(!(analysis.warnings ?? []).some((w) => /attribution weights/.test(w)));
  });
});
