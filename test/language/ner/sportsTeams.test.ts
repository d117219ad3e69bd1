import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Lexicon } from '../../../src/language/ner/lexicon.js';
import { retypeTeams, spreadTeams } from '../../../src/language/ner/sportsTeams.js';
import { type Candidate, makeTokenView } from '../../../src/language/ner/tokens.js';

const lexicon = new Lexicon();

/** Marks the spans written in [brackets] as `label`, runs the rule, and returns "words/label" per span. */
function retyped(text: string, label = 'LOC'): string[] {
  const words: string[] = [];
  const spans: Candidate[] = [];
  let open = -1;
  for (const token of text.split(' ')) {
    let w = token;
    if (w.startsWith('[')) {
      open = words.length;
      w = w.slice(1);
    }
    const closes = w.endsWith(']');
    if (closes) w = w.slice(0, -1);
    words.push(w);
    if (closes) spans.push({ start: open, end: words.length, label, rule: 'ner-model' });
  }
  const v = makeTokenView(words, lexicon);
  retypeTeams(v, spans, 0, words.length);
  return spans.map((s) => `${words.slice(s.start, s.end).join(' ')}/${s.label}`);
}

describe('retypeTeams', () => {
  const cases: [string, string, string[]][] = [
    [
      'result verb after the name',
      '[Dunmoor] beat [Kessleton] on Saturday .',
      ['Dunmoor/ORG', 'Kessleton/ORG'],
    ],
    ['result phrase before the name', 'The champions lost to [Ravensholt] .', ['Ravensholt/ORG']],
    ['drew with', 'They drew with [Port Elsing] at home .', ['Port Elsing/ORG']],
    ['versus between two names', '[Dunmoor] v [Kessleton] ended late .', ['Dunmoor/ORG', 'Kessleton/ORG']],
    ['score line', '[Dunmoor] 2 [Kessleton] 1', ['Dunmoor/ORG', 'Kessleton/ORG']],
    ['a place in ordinary prose stays a place', 'She moved to [Dunmoor] in 2019 .', ['Dunmoor/LOC']],
    [
      'one number after a place is not a score line',
      'Flights from [Dunmoor] 12 times a day .',
      ['Dunmoor/LOC'],
    ],
    ['countries stay places', '[France] beat [Kessleton] .', ['France/LOC', 'Kessleton/ORG']],
    ['a squad role after the name', '[Dunmoor] striker Ola Brenn scored .', ['Dunmoor/ORG']],
    ['its manager', 'The [Kessleton] manager was sacked .', ['Kessleton/ORG']],
    ['a national side stays its country', '[France] coach Remi Vall spoke .', ['France/LOC']],
    ['a role of no squad', '[Dunmoor] council met .', ['Dunmoor/LOC']],
    // A capitalised role word that runs on into a body's name is no team's squad: the name is the body's.
    ["a supporters' trust", "The [Dunmoor Town] Supporters ' Trust said .", ['Dunmoor Town/LOC']],
    ["a fans' association", "The [Kessleton] Fans ' Association met .", ['Kessleton/LOC']],
    ['a supporters club', 'The [Kessleton] Supporters Club met .', ['Kessleton/LOC']],
    ['lower-case supporters are a squad', "[Dunmoor Town] supporters ' anger grew .", ['Dunmoor Town/ORG']],
    ['a capitalised role with no body after it', '[Dunmoor] Manager Ola Brenn spoke .', ['Dunmoor/ORG']],
  ];
  for (const [name, text, expected] of cases) it(name, () => assert.deepEqual(retyped(text), expected));

  it('takes a one-word name read as a person before a playing role', () => {
    assert.deepEqual(retyped('[Penmoor] striker Ada Vey scored .', 'PERSON'), ['Penmoor/ORG']);
    assert.deepEqual(retyped('[Penmoor Vey] striker was angry .', 'PERSON'), ['Penmoor Vey/PERSON']);
    // A singer's fans, a player's coach: roles a person has too.
    assert.deepEqual(retyped('[Penmoor] fans queued .', 'PERSON'), ['Penmoor/PERSON']);
    assert.deepEqual(retyped('[Penmoor] coach Ada Vey spoke .', 'PERSON'), ['Penmoor/PERSON']);
  });

  // Two mentions of one place; retypeTeams sees only the first sentence, spreadTeams the article.
  const spreads: [string, string, string[]][] = [
    ['spreads a team found before a squad role to the same name elsewhere', 'fans', ['ORG', 'ORG']],
    ['does not spread a team found only by a result verb', 'beat', ['ORG', 'GPE']],
  ];
  for (const [name, second, labels] of spreads)
    it(name, () => {
      const words = ['Dunmoor', second, 'them', '.', 'Dunmoor', 'slept', '.'];
      const spans: Candidate[] = [
        { start: 0, end: 1, label: 'GPE', rule: 'ner-model' },
        { start: 4, end: 5, label: 'GPE', rule: 'ner-model' },
      ];
      const v = makeTokenView(words, lexicon);
      retypeTeams(v, spans, 0, 4);
      spreadTeams(v, spans);
      assert.deepEqual(
        spans.map((s) => s.label),
        labels,
      );
    });

  it('leaves people and organisations alone', () => {
    assert.deepEqual(retyped('[Marta Kowal] beat the record .', 'PERSON'), ['Marta Kowal/PERSON']);
  });

  it('marks the rule that changed the label', () => {
    const v = makeTokenView(['Dunmoor', 'beat', 'them'], lexicon);
    const spans: Candidate[] = [{ start: 0, end: 1, label: 'GPE', rule: 'gazetteer:cities' }];
    retypeTeams(v, spans, 0, 3);
    assert.deepEqual(spans, [{ start: 0, end: 1, label: 'ORG', rule: 'gazetteer:cities+sports' }]);
  });
});
