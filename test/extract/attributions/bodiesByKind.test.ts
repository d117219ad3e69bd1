import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze } from '../../../src/analyze.js';
import { attributionModels } from '../../../src/extract/attributions/trained/index.js';

// Bodies a source names only by their kind ("the service", "the paper", "the publisher behind
// them"), through the whole pipeline on invented passages. The trained weights are needed.
const models = attributionModels();

function speakerOf(text: string, source: string): string | null {
  const analysis = analyze({ input: 'test.txt', text });
  const a = analysis.attributions.find((x) => x.source?.text === source);
  assert.ok(a, `source ${source} in ${analysis.attributions.map((x) => x.source?.text).join(' | ')}`);
  return analysis.entities.find((e) => e.id === a.source?.entity)?.name ?? null;
}

describe('a speaker named by a kind of body', { skip: !models }, () => {
  // text, source, entity name expected (null: none)
  const cases: [string, string, string | null][] = [
    // A spokesperson for a kind of public body no name holds: the body that spoke just before.
    [
      'Eastmoor Trading Standards said it had received forty complaints about the heaters. A spokeswoman for the service said the sellers would be traced.',
      'A spokeswoman for the service',
      'Eastmoor Trading Standards',
    ],
    [
      'The Kelbrook Port Authority said it had closed the slipway. A spokesman for the agency said it would reopen once repaired.',
      'A spokesman for the agency',
      'Kelbrook Port Authority',
    ],
    // The noun written before for a place, not the body that spoke.
    [
      'Dunmore Police said the two men had been hurt. Both were taken to hospital in Arlen. A spokeswoman for the hospital said one was in a stable condition.',
      'A spokeswoman for the hospital',
      null,
    ],
    // A lede's body named by what it stands behind, named as the next paragraph's speaker.
    [
      'A range of garden chairs has been recalled after buyers found the legs could snap, the small firm behind them has said.\n\nOakleaf Outdoor said it would refund every buyer.',
      'the small firm behind them',
      'Oakleaf Outdoor',
    ],
    // "the paper" after a name written after "the newspaper", though a company whose name ends in
    // a newspaper's head word spoke before it.
    [
      'Norland Post said it would close forty depots. The minister told the newspaper Vestby Tidende on Monday that he would not stop the plan, the paper reported.',
      'the paper',
      'Vestby Tidende',
    ],
    // A paper named by a newspaper's head word with no kind written after it is still the paper.
    [
      'According to the Holmbury Evening Post, the mill will close in the spring. The paper said forty jobs would go.',
      'The paper',
      'Holmbury Evening Post',
    ],
    // A paper's name a particle joins, cut short by the recognizer at a given name ("La").
    [
      'The minister told the newspaper La Gazeta de Porto Verde on Monday that the port would reopen, the paper reported.',
      'the paper',
      'La Gazeta de Porto Verde',
    ],
    // A lede's business named next with a given name first, which "It" resumes as a source.
    [
      'Sailings to the islands were cancelled after a ferry lost power, the company that runs the route said.\n\nAmelia Nautica said its ship had been towed to port. It said no one was hurt.',
      'the company that runs the route',
      'Amelia Nautica',
    ],
    // With no lede: "It" resuming, as a source, a name that opened the sentence before.
    [
      'The ferry lost power off the cape.\n\nAmelia Nautica said its ship had been towed to port. It said no one was hurt.',
      'It',
      'Amelia Nautica',
    ],
    // A person's title, or "she", says the name is a person's: "It" is no one named.
    [
      'The ferry lost power off the cape.\n\nDr Amelia Hart said the ship had been towed to port. It said no one was hurt.',
      'It',
      null,
    ],
    [
      'The ferry lost power off the cape.\n\nAmelia Hart said she had watched the ship being towed to port. It said no one was hurt.',
      'It',
      null,
    ],
    // A lede's firm named next by its whole name, though the recognizer also found its first words.
    [
      'Bakery chain collapses\n\nBy Jo Bell\n\nA bakery chain that sold bread to more than 9,000 households has collapsed, the firm appointed to wind it up said on Tuesday.\n\nCorvell Quayne Restructuring, which was appointed on Monday, said all 200 staff had been made redundant.',
      'the firm',
      'Corvell Quayne Restructuring',
    ],
    // Its short name's spokeswoman speaks for it, so "The firm" after her is the same firm.
    [
      'Bakery chain collapses\n\nA bakery chain with 30 shops has collapsed, the firm appointed to wind it up said.\n\nCorvell Quayne Restructuring, which was appointed on Thursday, said all 200 staff had been made redundant.\n\nThe Department for Rural Affairs said it was watching closely.\n\nA spokeswoman for Corvell Quayne said two buyers had come forward. The firm said deposits would not be repaid.',
      'The firm',
      'Corvell Quayne Restructuring',
    ],
    // "A department spokesman": a body headed by "department" before "for", as before "of".
    [
      'The Department for Rural Affairs said the grants would be paid in May. A department spokesman said the delay was regrettable.',
      'A department spokesman',
      'Department for Rural Affairs',
    ],
    // "the daily" names a paper as "the newspaper" does.
    [
      'The mayor told the daily Vecerni Hlas on Monday that the bridge would reopen, the paper reported.',
      'the paper',
      'Vecerni Hlas',
    ],
    // "the magazine" after a name written after "the trade weekly", which the recognizer missed.
    [
      'The chef told the trade weekly Kitchen Table Review that prices had doubled, the magazine reported.',
      'the magazine',
      'Kitchen Table Review',
    ],
    [
      'The chef told the monthly magazine Plate Talk that prices had doubled, the magazine reported.',
      'the magazine',
      'Plate Talk',
    ],
    // A place's name followed by a verb is no paper's name.
    ['The mayor told the paper Port Kelvin would lose its bridge, the paper reported.', 'the paper', null],
    // A trust named after two places joined by "and".
    [
      'Kelderby and North Ashwell NHS Trust said its hospitals had cancelled operations. It said the backlog would take weeks to clear.',
      'It',
      'Kelderby and North Ashwell NHS Trust',
    ],
  ];
  for (const [text, source, name] of cases)
    it(`${source} → ${name ?? 'no entity'}`, () => {
      assert.equal(speakerOf(text, source), name);
    });
});
