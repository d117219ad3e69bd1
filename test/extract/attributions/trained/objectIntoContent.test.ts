import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { TokenSpan } from '../../../../src/extract/attributions/build.js';
import { objectIntoContent } from '../../../../src/extract/attributions/trained/model.js';
import { DEPREL_ID } from '../../../../src/language/tagsets.js';
import { viewOfText } from './viewFixture.js';

/**
 * The content left after objectIntoContent for a sentence whose parse is given by hand: `arcs` maps
 * a word to its head word and relation (words are unique in these sentences).
 */
function contentAfter(
  text: string,
  cue: string,
  content: string,
  arcs: Record<string, [string, string]>,
): string {
  const v = viewOfText(text);
  const at = (w: string) => v.lower.indexOf(w);
  for (const [word, [head, rel]] of Object.entries(arcs)) {
    v.doc.head[at(word)] = at(head);
    v.doc.dep[at(word)] = DEPREL_ID[rel];
  }
  const span = (phrase: string): TokenSpan => {
    const start = text.indexOf(phrase);
    return v.doc.tokensInRange(start, start + phrase.length);
  };
  const found = [span(content)];
  objectIntoContent(v, span(cue), found);
  return v.doc.spanText(found[0].start, found[0].end);
}

describe('objectIntoContent', () => {
  it('moves the object of the cue into a content that opens on "to"', () => {
    const text = 'The mayor urged residents to leave early.';
    const arcs: Record<string, [string, string]> = { residents: ['urged', 'obj'], to: ['leave', 'mark'] };
    assert.equal(contentAfter(text, 'urged', 'to leave early', arcs), 'residents to leave early');
    arcs.residents = ['urged', 'iobj'];
    assert.equal(contentAfter(text, 'urged', 'to leave early', arcs), 'residents to leave early');
  });

  const unchanged: [string, string, string, string, Record<string, [string, string]>][] = [
    [
      'a content that opens on "that"',
      'The mayor told reporters that the road was shut.',
      'told',
      'that the road was shut',
      { reporters: ['told', 'obj'] },
    ],
    [
      'a word between that is not the cue’s object',
      'The mayor urged again to leave early.',
      'urged',
      'to leave early',
      { again: ['urged', 'advmod'] },
    ],
    [
      'a comma between',
      'The mayor urged residents, to leave early.',
      'urged',
      'to leave early',
      { residents: ['urged', 'obj'] },
    ],
    ['a content right after the cue', 'The mayor urged to leave early.', 'urged', 'to leave early', {}],
  ];
  for (const [name, text, cue, content, arcs] of unchanged)
    it(`leaves the content alone for ${name}`, () => {
      assert.equal(contentAfter(text, cue, content, arcs), content);
    });
});
