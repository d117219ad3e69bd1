import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Attribution } from '../../../src/analysis/types.js';
import { isRequestCue, withoutNestedRequests } from '../../../src/extract/attributions/nestedRequests.js';
import { cuesAndContents, type PhraseSpec, phraseAttributions } from '../../helpers/phraseAttributions.js';

type Spec = PhraseSpec;

/** The [cue, content] pairs kept of the attributions given as [source, cue, content]. */
function kept(text: string, specs: Spec[]): string[][] {
  const { doc, found } = phraseAttributions(text, specs);
  return cuesAndContents(withoutNestedRequests(doc, found));
}

describe('a request reported inside another report is part of its content', () => {
  const cases: [string, string, Spec[], string[][]][] = [
    [
      'a request inside a said-clause',
      'Ms Varga said the guild would ask members to boycott the fair.',
      [
        ['Ms Varga', 'said', 'the guild would ask members to boycott the fair'],
        ['the guild', 'would ask', 'members to boycott the fair'],
      ],
      [['said', 'the guild would ask members to boycott the fair']],
    ],
    [
      'a request inside an according-to content',
      'According to the mayor, about 30 tenants have asked for new locks.',
      [
        ['the mayor', 'According to', 'about 30 tenants have asked for new locks'],
        ['about 30 tenants', 'have asked for', 'new locks'],
      ],
      [['According to', 'about 30 tenants have asked for new locks']],
    ],
    [
      'a request inside a quote',
      '"Nobody ever asked us to leave," Tomas Brel said.',
      [
        ['Tomas Brel', 'said', 'Nobody ever asked us to leave,'],
        ['Nobody', 'ever asked', 'us to leave'],
      ],
      [['said', 'Nobody ever asked us to leave,']],
    ],
    [
      'a content the taggers cut before the request takes its words back',
      'It is understood that the club has asked a lawyer to read the lease.',
      [
        ['', 'It is understood', 'that'],
        ['the club', 'has asked', 'a lawyer to read the lease'],
      ],
      [['It is understood', 'that the club has asked a lawyer to read the lease']],
    ],
    [
      'advice sought of someone inside a report is an act, dropped',
      'It is understood that the club has asked a lawyer whether the lease holds.',
      [
        ['', 'It is understood', 'that the club has asked a lawyer whether the lease holds'],
        ['the club', 'has asked', 'a lawyer whether the lease holds'],
      ],
      [['It is understood', 'that the club has asked a lawyer whether the lease holds']],
    ],
    [
      'an instruction given inside a report is part of it',
      'According to the warden, the school has been told to close its gym.',
      [
        ['the warden', 'According to', 'the school has been told to close its gym'],
        ['', 'has been told', 'close its gym'],
      ],
      [['According to', 'the school has been told to close its gym']],
    ],
    [
      'a warning inside a report that says what was said stays',
      'According to the warden, the school was warned that its gym was unsafe.',
      [
        ['the warden', 'According to', 'the school was warned that its gym was unsafe'],
        ['', 'was warned', 'that its gym was unsafe'],
      ],
      [
        ['According to', 'the school was warned that its gym was unsafe'],
        ['was warned', 'that its gym was unsafe'],
      ],
    ],
    [
      'what someone knew, as another source tells it, is part of that content',
      'Mrs Ferro said the board had known about the leak for months.',
      [
        ['Mrs Ferro', 'said', 'the board had known about the leak for months'],
        ['the board', 'had known about', 'the leak for months'],
      ],
      [['said', 'the board had known about the leak for months']],
    ],
    [
      'an intention inside an according-to content is part of it',
      'According to the Herald, the trust plans to sell the mill next spring.',
      [
        ['the Herald', 'According to', 'the trust plans to sell the mill next spring'],
        ['the trust', 'plans', 'to sell the mill next spring'],
      ],
      [['According to', 'the trust plans to sell the mill next spring']],
    ],
    [
      'an order given inside a clause of a report is part of it',
      "He said the bins stood where the council's own crews had told him to leave them.",
      [
        ['He', 'said', "the bins stood where the council's own crews had told him to leave them"],
        ["the council's own crews", 'had told', 'him to leave them'],
      ],
      [['said', "the bins stood where the council's own crews had told him to leave them"]],
    ],
    [
      'an urging whose words the reporter quotes is relayed, kept',
      'The Herald added that the warden “urged walkers to keep to the path”.',
      [
        ['The Herald', 'added', 'that the warden “urged walkers to keep to the path”'],
        ['the warden', 'urged', 'walkers to keep to the path'],
      ],
      [
        ['added', 'that the warden “urged walkers to keep to the path”'],
        ['urged', 'walkers to keep to the path'],
      ],
    ],
    [
      'a told-clause with a proposition inside a report stays',
      'Ms Oduya said the warden had told her the gate was locked.',
      [
        ['Ms Oduya', 'said', 'the warden had told her the gate was locked'],
        ['the warden', 'had told', 'her the gate was locked'],
      ],
      [
        ['said', 'the warden had told her the gate was locked'],
        ['had told', 'her the gate was locked'],
      ],
    ],
    [
      'a said-clause whose subject an infinitive modifies stays',
      'The board said the club said fees to join were too high.',
      [
        ['The board', 'said', 'the club said fees to join were too high'],
        ['the club', 'said', 'fees to join were too high'],
      ],
      [
        ['said', 'the club said fees to join were too high'],
        ['said', 'fees to join were too high'],
      ],
    ],
    [
      "an intention in the article's own voice stays",
      'The trust plans to sell the mill next spring.',
      [['The trust', 'plans', 'to sell the mill next spring']],
      [['plans', 'to sell the mill next spring']],
    ],
    [
      "a request in the article's own voice stays",
      'The union has asked the court to halt the sale.',
      [['The union', 'has asked', 'the court to halt the sale']],
      [['has asked', 'the court to halt the sale']],
    ],
    [
      'a second verb of the same speaker is no nesting',
      'Dr Pell said she was sorry and had asked the board to review the case.',
      [
        ['Dr Pell', 'said', 'she was sorry'],
        ['Dr Pell', 'had asked', 'the board to review the case'],
      ],
      [
        ['said', 'she was sorry'],
        ['had asked', 'the board to review the case'],
      ],
    ],
    [
      'a question put inside a report is speech, kept',
      'Mr Roe said the inspector had asked whether the dam was weak.',
      [
        ['Mr Roe', 'said', 'the inspector had asked whether the dam was weak'],
        ['the inspector', 'had asked', 'whether the dam was weak'],
      ],
      [
        ['said', 'the inspector had asked whether the dam was weak'],
        ['had asked', 'whether the dam was weak'],
      ],
    ],
    [
      'a quoted question inside a report is speech, kept',
      'The guide says visitors ask: "Where is the tower?"',
      [
        ['The guide', 'says', 'visitors ask: "Where is the tower?"'],
        ['visitors', 'ask', 'Where is the tower?'],
      ],
      [
        ['says', 'visitors ask: "Where is the tower?"'],
        ['ask', 'Where is the tower?'],
      ],
    ],
    [
      'a statement inside a statement stays',
      'Mr Roe said the agency had warned that the dam was weak.',
      [
        ['Mr Roe', 'said', 'the agency had warned that the dam was weak'],
        ['the agency', 'had warned', 'that the dam was weak'],
      ],
      [
        ['said', 'the agency had warned that the dam was weak'],
        ['had warned', 'that the dam was weak'],
      ],
    ],
  ];
  for (const [name, text, specs, expected] of cases)
    it(name, () => assert.deepEqual(kept(text, specs), expected));
});

describe('request cues', () => {
  const cases: [string, boolean][] = [
    ['asked', true],
    ['had asked for', true],
    ['would ask', true],
    ['have now asked', true],
    ['ever asked', true],
    ['asking', true],
    ['said', false],
    ['asked about', true],
    ['task', false],
  ];
  for (const [cue, expected] of cases)
    it(cue, () => assert.equal(isRequestCue({ cue: { text: cue } } as unknown as Attribution), expected));
});
