import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { directedInfinitives } from '../../../src/extract/attributions/directedInfinitives.js';
import { type PhraseSpec, phraseAttributions } from '../../helpers/phraseAttributions.js';

/** Each attribution as "source / cue / content" once the pass ran. */
function read(text: string, specs: PhraseSpec[]): string[] {
  const { doc, found } = phraseAttributions(text, specs);
  directedInfinitives(doc, found);
  return found.map(
    (a) => `${a.source?.text ?? '-'} / ${a.cue.text} / ${a.content.map((c) => c.text).join(' … ')}`,
  );
}

describe('an infinitive after a verb of telling someone to act is what the teller said', () => {
  const cases: [string, string, PhraseSpec, string][] = [
    [
      'the teller is the source, and the one told opens the content',
      'The paper said the campaign adviser told the party leader to focus on rural seats.',
      ['the party leader', 'to focus on', 'rural seats'],
      'the campaign adviser / told / the party leader to focus on rural seats',
    ],
    [
      'urged, with a name for the one urged',
      'Dr Imke Solberg urged Mayor Petra Lind to close the beach until the spill was cleared.',
      ['Mayor Petra Lind', 'to close', 'the beach until the spill was cleared'],
      'Dr Imke Solberg / urged / Mayor Petra Lind to close the beach until the spill was cleared',
    ],
  ];
  for (const [name, text, spec, expected] of cases)
    it(name, () => assert.deepEqual(read(text, [spec]), [expected]));

  const unchanged: [string, string, PhraseSpec][] = [
    [
      'a verb that causes, not tells ("led her to declare")',
      'The early lead led the candidate to declare that the race was won.',
      ['the candidate', 'to declare', 'that the race was won'],
    ],
    [
      'a teller the parse gives no subject ("was told")',
      'The crew was told by the port to leave before dark.',
      ['the port', 'to leave', 'before dark'],
    ],
  ];
  for (const [name, text, spec] of unchanged)
    it(`leaves ${name}`, () => {
      const [source, cue, content] = spec;
      assert.deepEqual(read(text, [spec]), [`${source ?? '-'} / ${cue} / ${content}`]);
    });
});
