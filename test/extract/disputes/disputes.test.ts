import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findClaims } from '../../../src/extract/claims/index.js';
import { findDisputes } from '../../../src/extract/disputes/index.js';
import { type AttributionSpec, buildContext } from './fixture.js';

interface Case {
  name: string;
  text: string;
  attributions: AttributionSpec[];
  /** The disputes a careful reader marks: what is disputed, who denies it, and what it is about. */
  expected: { claim: string; denials: string[]; about: string }[];
}

const CASES: Case[] = [
  {
    name: 'a wire report denied by name and by its claim → one dispute with both denials',
    text:
      'Fighting went on near the river port on Tuesday. The Coastal Wire reported that foreign drones had struck ' +
      'the harbour fuel depot. A spokesman for the Northern Command said the Coastal Wire report was completely ' +
      'untrue. The defence ministry also denied the claim that foreign drones had hit the depot. Residents said ' +
      'the sirens sounded twice.',
    attributions: [
      {
        id: 'A1',
        source: 'The Coastal Wire',
        kind: 'media',
        cue: 'reported',
        lemma: 'report',
        content: ['that foreign drones had struck the harbour fuel depot'],
      },
      {
        id: 'A2',
        source: 'A spokesman for the Northern Command',
        cue: 'said',
        lemma: 'say',
        content: ['the Coastal Wire report was completely untrue'],
      },
      {
        id: 'A3',
        source: 'The defence ministry',
        kind: 'organization',
        cue: 'denied',
        lemma: 'deny',
        content: ['the claim that foreign drones had hit the depot'],
      },
      {
        id: 'A4',
        source: 'Residents',
        kind: 'unknown',
        cue: 'said',
        lemma: 'say',
        content: ['the sirens sounded twice'],
        after: 'Residents',
      },
    ],
    expected: [
      { claim: 'A1', denials: ['A2', 'A3'], about: 'foreign drones had struck the harbour fuel depot' },
    ],
  },
  {
    name: 'an anonymous claim denied by two people without naming it',
    text:
      'A council aide who spoke on condition of anonymity said the mayor had met the developer twice. Mayor Ruth ' +
      'Okonjo denied that any meeting took place. Her deputy, Tomas Erkel, also rejected the suggestion that she had ' +
      'met anyone. The council meets again next month.',
    attributions: [
      {
        id: 'A1',
        source: 'A council aide who spoke on condition of anonymity',
        kind: 'anonymous',
        cue: 'said',
        lemma: 'say',
        content: ['the mayor had met the developer twice'],
      },
      {
        id: 'A2',
        source: 'Mayor Ruth Okonjo',
        cue: 'denied',
        lemma: 'deny',
        content: ['that any meeting took place'],
      },
      {
        id: 'A3',
        source: 'Tomas Erkel',
        cue: 'rejected',
        lemma: 'reject',
        content: ['the suggestion that she had met anyone'],
      },
    ],
    expected: [{ claim: 'A1', denials: ['A2', 'A3'], about: 'the mayor had met the developer twice' }],
  },
  {
    name: 'a second denial of "the suggestion" joins the first, though a document was cited earlier',
    text:
      'According to figures from the planning office, 40 permits were issued last year. Councillor Joan Pike ' +
      'said the mayor had met the developer twice. The mayor denied that any meeting took place. Her deputy ' +
      'also rejected the suggestion that she had met anyone.',
    attributions: [
      {
        id: 'A1',
        source: 'figures from the planning office',
        kind: 'document',
        cue: 'According to',
        lemma: 'according to',
        content: ['40 permits were issued last year'],
      },
      {
        id: 'A2',
        source: 'Councillor Joan Pike',
        cue: 'said',
        lemma: 'say',
        content: ['the mayor had met the developer twice'],
      },
      {
        id: 'A3',
        source: 'The mayor',
        cue: 'denied',
        lemma: 'deny',
        content: ['that any meeting took place'],
      },
      {
        id: 'A4',
        source: 'Her deputy',
        cue: 'rejected',
        lemma: 'reject',
        content: ['the suggestion that she had met anyone'],
      },
    ],
    expected: [{ claim: 'A2', denials: ['A3', 'A4'], about: 'the mayor had met the developer twice' }],
  },
  {
    name: 'denials of a relayed statement and of its relay make one dispute',
    text:
      'Two dock workers told the Harbour Gazette that night shifts had been cut by half. The port authority ' +
      'denied the Gazette report. The workers’ union also disputed the claim that night shifts had been cut.',
    attributions: [
      {
        id: 'A1',
        source: 'Two dock workers',
        kind: 'anonymous',
        cue: 'told',
        lemma: 'tell',
        content: ['night shifts had been cut by half'],
        via: 'A2',
      },
      {
        id: 'A2',
        source: 'the Harbour Gazette',
        kind: 'media',
        cue: 'told',
        lemma: 'report',
        content: ['Two dock workers told the Harbour Gazette that night shifts had been cut by half'],
      },
      {
        id: 'A3',
        source: 'The port authority',
        kind: 'organization',
        cue: 'denied',
        lemma: 'deny',
        content: ['the Gazette report'],
      },
      {
        id: 'A4',
        source: 'The workers’ union',
        kind: 'organization',
        cue: 'disputed',
        lemma: 'dispute',
        content: ['the claim that night shifts had been cut'],
      },
    ],
    expected: [
      {
        claim: 'A2',
        denials: ['A3', 'A4'],
        about: 'Two dock workers told the Harbour Gazette that night shifts had been cut by half',
      },
    ],
  },
  {
    name: 'a lead-sentence rejection of a report told later; the denier’s own words are never the target',
    text:
      'The port authority on Friday rejected a newspaper report that dock fees had doubled since March. The ' +
      'Harbour Gazette reported on Thursday that fees for container ships had risen sharply, citing internal ' +
      'invoices. "We have not raised a single fee," the director, Mara Venn, said. Venn called the report false.',
    attributions: [
      {
        id: 'A1',
        source: 'The port authority',
        kind: 'organization',
        entity: 'E1',
        cue: 'rejected',
        lemma: 'reject',
        content: ['a newspaper report that dock fees had doubled since March'],
      },
      {
        id: 'A2',
        source: 'Harbour Gazette',
        kind: 'media',
        entity: 'E2',
        cue: 'reported',
        lemma: 'report',
        content: ['fees for container ships had risen sharply'],
      },
      {
        id: 'A3',
        source: 'the director, Mara Venn',
        entity: 'E3',
        cue: 'said',
        lemma: 'say',
        content: ['We have not raised a single fee'],
        form: 'direct',
      },
      {
        id: 'A4',
        source: 'Venn',
        entity: 'E3',
        cue: 'called',
        lemma: 'call',
        content: ['the report false'],
        after: 'Venn called',
      },
    ],
    expected: [{ claim: 'A2', denials: ['A1', 'A4'], about: 'fees for container ships had risen sharply' }],
  },
  {
    name: 'a cue that only withholds ("did not confirm") makes no dispute',
    text: 'Police said two men were arrested near the stadium. The prosecutor did not confirm the arrests.',
    attributions: [
      {
        id: 'A1',
        source: 'Police',
        kind: 'organization',
        cue: 'said',
        lemma: 'say',
        content: ['two men were arrested near the stadium'],
      },
      { id: 'A2', source: 'The prosecutor', cue: 'confirm', lemma: 'confirm', content: ['the arrests'] },
    ],
    expected: [],
  },
  {
    name: 'a wire report with a second statement, denied by name last → the one dispute already open',
    text:
      'The Delta Wire reported that navy boats had shelled the dock, quoting two harbour officials. The Delta ' +
      'Wire added that the shelling would go on for a week. The port authority denied that navy boats had shelled ' +
      'the dock. The navy chief also denied the Delta Wire report.',
    attributions: [
      {
        id: 'A1',
        source: 'The Delta Wire',
        kind: 'media',
        cue: 'reported',
        lemma: 'report',
        content: ['that navy boats had shelled the dock'],
      },
      {
        id: 'A2',
        source: 'two harbour officials',
        kind: 'anonymous',
        cue: 'quoting',
        lemma: 'quote',
        content: ['that navy boats had shelled the dock'],
        via: 'A1',
      },
      {
        id: 'A3',
        source: 'The Delta Wire',
        kind: 'media',
        cue: 'added',
        lemma: 'add',
        content: ['that the shelling would go on for a week'],
        after: 'The Delta Wire added',
      },
      {
        id: 'A4',
        source: 'The port authority',
        kind: 'organization',
        cue: 'denied',
        lemma: 'deny',
        content: ['that navy boats had shelled the dock'],
        after: 'The port authority',
      },
      {
        id: 'A5',
        source: 'The navy chief',
        cue: 'also denied',
        lemma: 'deny',
        content: ['the Delta Wire report'],
        after: 'The navy chief',
      },
    ],
    expected: [{ claim: 'A2', denials: ['A4', 'A5'], about: 'navy boats had shelled the dock' }],
  },
  {
    name: 'two reports, each denied by a different party → two disputes',
    text:
      'The Valley Post reported that the school would close in June. Two teachers told the Post that salaries ' +
      'had not been paid since April. The school board denied that the school would close. The finance office ' +
      'disputed the claim that salaries had not been paid.',
    attributions: [
      {
        id: 'A1',
        source: 'The Valley Post',
        kind: 'media',
        cue: 'reported',
        lemma: 'report',
        content: ['the school would close in June'],
      },
      {
        id: 'A2',
        source: 'Two teachers',
        kind: 'anonymous',
        cue: 'told',
        lemma: 'tell',
        content: ['salaries had not been paid since April'],
      },
      {
        id: 'A3',
        source: 'The school board',
        kind: 'organization',
        cue: 'denied',
        lemma: 'deny',
        content: ['that the school would close'],
        after: 'The school board',
      },
      {
        id: 'A4',
        source: 'The finance office',
        kind: 'organization',
        cue: 'disputed',
        lemma: 'dispute',
        content: ['the claim that salaries had not been paid'],
        after: 'The finance office',
      },
    ],
    expected: [
      { claim: 'A1', denials: ['A3'], about: 'the school would close in June' },
      { claim: 'A2', denials: ['A4'], about: 'salaries had not been paid since April' },
    ],
  },
  {
    name: 'a denial that a document exists disputes the statement that document is the source of, not the one already disputed',
    text:
      'Two engineers said the delay cost the town 40,000 pounds a week. Councillor Ade Ola rejected that figure. ' +
      'According to a memo seen by the Pentland Ledger, auditors warned in March that the permits were late. ' +
      'Ola denied that the memo existed.',
    attributions: [
      {
        id: 'A1',
        source: 'Two engineers',
        kind: 'unknown',
        cue: 'said',
        lemma: 'say',
        content: ['the delay cost the town 40,000 pounds a week'],
      },
      {
        id: 'A2',
        source: 'Councillor Ade Ola',
        entity: 'E1',
        cue: 'rejected',
        lemma: 'reject',
        content: ['that figure'],
      },
      {
        id: 'A3',
        source: 'a memo seen by the Pentland Ledger',
        kind: 'document',
        cue: 'According to',
        lemma: 'accord',
        content: ['auditors warned in March that the permits were late'],
      },
      {
        id: 'A4',
        source: 'Ola',
        entity: 'E1',
        cue: 'denied',
        lemma: 'deny',
        content: ['that the memo existed'],
        after: 'Ola denied',
      },
    ],
    expected: [
      { claim: 'A1', denials: ['A2'], about: 'the delay cost the town 40,000 pounds a week' },
      { claim: 'A3', denials: ['A4'], about: 'auditors warned in March that the permits were late' },
    ],
  },
  {
    name: '"dismissed that" disputes the statement just made',
    text: 'Board chair Hal Penn accused the union of playing politics before the vote. Union head Bea Orr dismissed that. The talks resume on Friday.',
    attributions: [
      {
        id: 'A1',
        source: 'Board chair Hal Penn',
        cue: 'accused',
        lemma: 'accuse',
        content: ['the union of playing politics before the vote'],
      },
      {
        id: 'A2',
        source: 'Union head Bea Orr',
        cue: 'dismissed',
        lemma: 'dismiss',
        stance: 'reject',
        content: ['that'],
        after: 'Union head',
      },
    ],
    expected: [{ claim: 'A1', denials: ['A2'], about: 'the union of playing politics before the vote' }],
  },
  {
    name: 'a denial relayed by a statement does not dispute that statement; a passive contradiction names whose account',
    text:
      'Col. Ali Sharif denied that his men fired on the crowd, according to a statement posted online. ' +
      "Sharif said his men arrived late. Sharif's account was contradicted by a council member, Huda Nour.",
    attributions: [
      {
        id: 'A1',
        source: 'Col. Ali Sharif',
        entity: 'E1',
        cue: 'denied',
        lemma: 'deny',
        content: ['that his men fired on the crowd'],
        via: 'A2',
      },
      {
        id: 'A2',
        source: 'a statement posted online',
        kind: 'document',
        cue: 'according to',
        lemma: 'accord',
        content: ['Col. Ali Sharif denied that his men fired on the crowd'],
      },
      {
        id: 'A3',
        source: 'Sharif',
        entity: 'E1',
        cue: 'said',
        lemma: 'say',
        content: ['his men arrived late'],
        after: 'Sharif said',
      },
      {
        id: 'A4',
        source: 'a council member, Huda Nour',
        cue: 'was contradicted',
        lemma: 'contradict',
        stance: 'dispute',
        content: ["Sharif's account"],
      },
    ],
    expected: [{ claim: 'A3', denials: ['A4'], about: 'his men arrived late' }],
  },
  {
    name: 'a denied clause sharing no word with the last statement, nor naming the denier there, answers none',
    text:
      'The bakery will close its Mill Street shop in June, its owner, Ruth Dale, said. Ms Dale said the rent ' +
      'had tripled since 2030. The landlord denied that it had ever been asked to wait for payment.',
    attributions: [
      {
        id: 'A1',
        source: 'its owner, Ruth Dale',
        entity: 'E1',
        cue: 'said',
        lemma: 'say',
        content: ['The bakery will close its Mill Street shop in June'],
      },
      {
        id: 'A2',
        source: 'Ms Dale',
        entity: 'E1',
        cue: 'said',
        lemma: 'say',
        content: ['the rent had tripled since 2030'],
        after: 'Ms Dale',
      },
      {
        id: 'A3',
        source: 'The landlord',
        kind: 'organization',
        cue: 'denied',
        lemma: 'deny',
        content: ['that it had ever been asked to wait for payment'],
      },
    ],
    expected: [],
  },
  {
    name: 'a denial of "any suggestion" after the lead answers no report told later',
    text:
      'A ferry company has cut its winter sailings to Skelda. The company rejected any suggestion of neglect. ' +
      'Two crew members, who did not want to be named, said repairs had been put off for months.',
    attributions: [
      {
        id: 'A1',
        source: 'The company',
        kind: 'organization',
        cue: 'rejected',
        lemma: 'reject',
        content: ['any suggestion of neglect'],
      },
      {
        id: 'A2',
        source: 'Two crew members, who did not want to be named',
        kind: 'anonymous',
        cue: 'said',
        lemma: 'say',
        content: ['repairs had been put off for months'],
      },
    ],
    expected: [],
  },
];

describe('findDisputes', () => {
  for (const c of CASES) {
    it(c.name, () => {
      const ctx = buildContext(c.text, c.attributions);
      ctx.claims = findClaims(ctx);
      const disputes = findDisputes(ctx);
      assert.deepEqual(
        disputes.map((d) => ({ claim: d.claim, denials: d.denials, about: d.about.text })),
        c.expected,
      );
      disputes.forEach((d, i) => {
        assert.equal(d.id, `D${i + 1}`);
        assert.equal(c.text.slice(d.about.start, d.about.end), d.about.text);
      });
    });
  }

  it('links a denial to an unsourced claim the article makes in its own voice', () => {
    const text =
      'The new bridge cost 40 million euros more than planned. The transport minister denied that the bridge cost ' +
      'more than planned.';
    const ctx = buildContext(text, [
      {
        id: 'A1',
        source: 'The transport minister',
        cue: 'denied',
        lemma: 'deny',
        content: ['that the bridge cost more than planned'],
      },
    ]);
    ctx.claims = findClaims(ctx);
    const disputes = findDisputes(ctx);
    assert.equal(disputes.length, 1);
    assert.equal(disputes[0].claim, 'C1');
    assert.deepEqual(disputes[0].denials, ['A1']);
    assert.equal(disputes[0].about.text, 'The new bridge cost 40 million euros more than planned.');
  });

  it('finds the denied report before a late labelling ("… and described the report as a smear")', () => {
    const text =
      'A contractor said the council had paid 3 million for the unfinished road. The council denied that it ' +
      'had paid for the road. Separately, the Harbour Times reported that the mayor had flown to Paris twice on ' +
      'public money. The mayor’s aide told a local radio station on Sunday evening that every single trip had ' +
      'been paid for privately, and described the report as a smear.';
    const ctx = buildContext(text, [
      {
        id: 'A1',
        source: 'A contractor',
        cue: 'said',
        lemma: 'say',
        content: ['the council had paid 3 million for the unfinished road'],
      },
      {
        id: 'A2',
        source: 'The council',
        kind: 'organization',
        cue: 'denied',
        lemma: 'deny',
        content: ['that it had paid for the road'],
      },
      {
        id: 'A3',
        source: 'the Harbour Times',
        kind: 'media',
        cue: 'reported',
        lemma: 'report',
        content: ['the mayor had flown to Paris twice on public money'],
      },
      {
        id: 'A4',
        source: 'The mayor’s aide',
        cue: 'told',
        lemma: 'tell',
        content: ['every single trip had been paid for privately'],
      },
    ]);
    ctx.claims = findClaims(ctx);
    assert.equal(ctx.attributions[3].cue.stance, 'deny');
    assert.deepEqual(
      findDisputes(ctx).map((d) => [d.claim, d.denials]),
      [
        ['A1', ['A2']],
        ['A3', ['A4']],
      ],
    );
  });

  it('states what is disputed without the report’s own "that" or its ", quoting …"', () => {
    const text =
      'The River Courier reported that the ferry would stop running, quoting two crew members. The operator ' +
      'denied the report.';
    const ctx = buildContext(text, [
      {
        id: 'A1',
        source: 'The River Courier',
        kind: 'media',
        cue: 'reported',
        lemma: 'report',
        content: ['that the ferry would stop running, quoting'],
      },
      {
        id: 'A2',
        source: 'The operator',
        kind: 'organization',
        cue: 'denied',
        lemma: 'deny',
        content: ['the report'],
      },
    ]);
    ctx.claims = findClaims(ctx);
    const [d] = findDisputes(ctx);
    assert.equal(d.about.text, 'the ferry would stop running');
    assert.equal(text.slice(d.about.start, d.about.end), d.about.text);
  });

  it('does not count refusing a thing ("rejected a petition") as contradicting a statement', () => {
    const text = 'Neighbours said the hall was unsafe. The board rejected a petition from 900 parents.';
    const ctx = buildContext(text, [
      {
        id: 'A1',
        source: 'Neighbours',
        kind: 'unknown',
        cue: 'said',
        lemma: 'say',
        content: ['the hall was unsafe'],
      },
      {
        id: 'A2',
        source: 'The board',
        kind: 'organization',
        cue: 'rejected',
        lemma: 'reject',
        content: ['a petition from 900 parents'],
      },
    ]);
    ctx.claims = findClaims(ctx);
    assert.deepEqual(findDisputes(ctx), []);
  });

  it('finds nothing in an empty document or one without denials', () => {
    assert.deepEqual(findDisputes(buildContext('', [])), []);
    const ctx = buildContext('The mayor said the road will reopen.', [
      { id: 'A1', source: 'The mayor', cue: 'said', lemma: 'say', content: ['the road will reopen'] },
    ]);
    assert.deepEqual(findDisputes(ctx), []);
  });
});
