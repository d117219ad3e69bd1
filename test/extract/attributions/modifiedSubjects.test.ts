import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Attribution } from '../../../src/analysis/types.js';
import { modifiedSubjects } from '../../../src/extract/attributions/modifiedSubjects.js';
import { flatIn } from './fixtures.js';
import { modelsLoaded, taggedDoc } from './taggedDoc.js';

/** [source, cue, content] of each attribution left. */
const flat = (found: Attribution[]) =>
  found.map((a) => [a.source?.text ?? null, a.cue.text, a.content.map((c) => c.text).join(' … ')]);

describe('modifiedSubjects', { skip: !modelsLoaded() }, () => {
  // name, text, the taggers' attributions as [source, cue, content], what is left
  const cases: [string, string, [string | null, string, string][], (string | null)[][]][] = [
    [
      'a past participle between the reported subject and its verb modifies the subject',
      'The mayor said the budget approved on Monday was the last she would sign.',
      [['The mayor', 'said', 'the budget']],
      [['The mayor', 'said', 'the budget approved on Monday was the last she would sign']],
    ],
    [
      'a participle aside between commas, its reading dropped',
      'The archive said the letter, describing a storm off the cape, had been found in a trunk.',
      [
        ['The archive', 'said', 'the letter'],
        ['The archive', 'describing', 'a storm off the cape'],
      ],
      [['The archive', 'said', 'the letter, describing a storm off the cape, had been found in a trunk']],
    ],
    [
      'a later tag of another speaker keeps its own words',
      'The mayor said the budget approved on Monday was final, but her deputy insisted it was not.',
      [
        ['The mayor', 'said', 'the budget'],
        ['her deputy', 'insisted', 'it was not'],
      ],
      [
        ['The mayor', 'said', 'the budget approved on Monday was final'],
        ['her deputy', 'insisted', 'it was not'],
      ],
    ],
    [
      "a noun that is another speaker's subject, run on over by the content, is no modified noun",
      'After talks with the health board the clinic called off its plan until the governors meet.',
      [
        [null, 'talks with', 'the health board the clinic'],
        ['the clinic', 'called off', 'its plan until the governors meet'],
      ],
      [
        [null, 'talks with', 'the health board the clinic'],
        ['the clinic', 'called off', 'its plan until the governors meet'],
      ],
    ],
    [
      'a noun after a conjunction may open a clause of its own',
      'The ferry was named best new route and the tram, running since May, was second.',
      [[null, 'was named', 'best new route and the tram']],
      [[null, 'was named', 'best new route and the tram']],
    ],
    [
      'a participle followed by no verb of the clause is a report of its own',
      'The mayor said the plan, citing the cost of fuel.',
      [
        ['The mayor', 'said', 'the plan'],
        ['The mayor', 'citing', 'the cost of fuel'],
      ],
      [
        ['The mayor', 'said', 'the plan'],
        ['The mayor', 'citing', 'the cost of fuel'],
      ],
    ],
  ];
  for (const [name, text, given, expected] of cases)
    it(name, () => {
      const { doc } = taggedDoc(text);
      const found = given.map(([source, cue, content]) => flatIn(text, source, cue, content));
      modifiedSubjects(doc, found);
      assert.deepEqual(flat(found), expected);
    });
});
