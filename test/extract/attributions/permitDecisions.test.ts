import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Attribution } from '../../../src/analysis/types.js';
import { permitDecision, withoutPermitDecisions } from '../../../src/extract/attributions/permitDecisions.js';
import { makeDoc } from '../../../src/language/index.js';
import { annotate } from '../../../src/language/pipeline.js';

/** Whether the cue `cue` with the content `content` (words of `text`) grants or refuses a permit. */
function isDecision(text: string, cue: string, content: string): boolean {
  const doc = makeDoc(text);
  annotate(doc);
  const at = (words: string) => ({ start: text.indexOf(words), end: text.indexOf(words) + words.length });
  return permitDecision(doc, { cue: at(cue), content: [at(content)] });
}

describe('a permit granted or refused is no attribution', () => {
  // name, text, cue, content, whether it is a decision
  const cases: [string, string, string, string, boolean][] = [
    [
      'a council refusing planning permission',
      'Tarrow Borough Council refused planning permission for the wind turbine last spring.',
      'refused',
      'planning permission for the wind turbine',
      true,
    ],
    [
      'a court denying a man bail',
      'The magistrates denied him bail and sent the case to the crown court.',
      'denied',
      'him bail',
      true,
    ],
    [
      'a licence granted to a firm',
      'The regulator granted the Orlesk brewery a new licence in May.',
      'granted',
      'the Orlesk brewery a new licence',
      true,
    ],
    [
      'a denial whose clause has the permit for its subject',
      'The mayor denied permission had ever been sought for the fence.',
      'denied',
      'permission had ever been sought for the fence',
      false,
    ],
    [
      'a refusal to say something',
      'The firm refused to say whether the licence had lapsed.',
      'refused',
      'to say whether the licence had lapsed',
      false,
    ],
    [
      'a denial of a claim',
      'The council denied the claims made by the campaigners.',
      'denied',
      'the claims made by the campaigners',
      false,
    ],
    [
      'a verb that grants nothing',
      'The mayor said permission would be given in June.',
      'said',
      'permission would be given in June',
      false,
    ],
  ];
  for (const [name, text, cue, content, expected] of cases)
    it(name, () => assert.equal(isDecision(text, cue, content), expected));
});

describe('withoutPermitDecisions', () => {
  it('gives the report the decision was cut out of its words back', () => {
    const text =
      'The club said it would appeal after Tarrow Borough Council refused permission for the stand.';
    const doc = makeDoc(text);
    annotate(doc);
    const span = (words: string) => {
      const start = text.indexOf(words);
      return { start, end: start + words.length, text: words };
    };
    const attribution = (source: string, cue: string, content: string) =>
      ({ source: span(source), cue: span(cue), content: [span(content)] }) as unknown as Attribution;
    const found = [
      attribution('The club', 'said', 'it would appeal after Tarrow Borough Council'),
      attribution('Tarrow Borough Council', 'refused', 'permission for the stand'),
    ];
    const kept = withoutPermitDecisions(doc, found);
    assert.deepEqual(
      kept.map((a) => a.content.map((c) => c.text)),
      [['it would appeal after Tarrow Borough Council refused permission for the stand']],
    );
  });
});
