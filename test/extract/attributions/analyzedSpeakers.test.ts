import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Analysis } from '../../../src/analysis/types.js';
import { analyze } from '../../../src/analyze.js';
import { attributionModels } from '../../../src/extract/attributions/trained/index.js';

// Speakers as a reader sees them, through the whole pipeline (recognizer, taggers, resolver) on
// invented passages. The trained weights are needed: without them the rules stand in.
const models = attributionModels();

function analysed(text: string): Analysis {
  return analyze({ input: 'test.txt', text });
}

function attributionWith(analysis: Analysis, cue: string) {
  const a = analysis.attributions.find((x) => x.cue.text === cue);
  assert.ok(a, `cue ${cue} in ${analysis.attributions.map((x) => x.cue.text).join(', ')}`);
  return a;
}

describe('performing groups are organisations', { skip: !models }, () => {
  // text, cue, name of the group
  const cases: [string, string, string][] = [
    ['The Harwick Philharmonic said it would tour the north in May.', 'said', 'Harwick Philharmonic'],
    [
      'The Saint Brendan Choir announced that its spring concert was cancelled.',
      'announced',
      'Saint Brendan Choir',
    ],
    [
      'The Lowmoor Youth Orchestra said rehearsals would move to the old mill.',
      'said',
      'Lowmoor Youth Orchestra',
    ],
  ];
  for (const [text, cue, name] of cases)
    it(`${name} speaks as an organisation`, () => {
      const analysis = analysed(text);
      const a = attributionWith(analysis, cue);
      assert.equal(a.source?.kind, 'organization');
      const entity = analysis.entities.find((e) => e.id === a.source?.entity);
      assert.equal(entity?.name, name);
      assert.equal(entity?.type, 'ORG');
    });
});

describe('a description with the name in apposition speaks for the name', { skip: !models }, () => {
  // text, cue, the entity the source names
  const cases: [string, string, string][] = [
    [
      'The builder, Corran Construction, denied that it had been paid for the bridge.',
      'denied',
      'Corran Construction',
    ],
    [
      'The supplier, Westerly Energy, said its prices would not rise before the winter.',
      'said',
      'Westerly Energy',
    ],
  ];
  for (const [text, cue, name] of cases)
    it(`${name}`, () => {
      const analysis = analysed(text);
      const a = attributionWith(analysis, cue);
      assert.equal(a.source?.kind, 'organization');
      assert.equal(analysis.entities.find((e) => e.id === a.source?.entity)?.name, name);
    });
});

describe('a clause of its own after a speech tag', { skip: !models }, () => {
  const text =
    'A soil scientist, Dr. Ines Barra, said the data were thin. Some trials showed that the hedges hold water, she said, while others reported that the fields behind them stayed dry.';

  it('speaks for its own subject, which names no entity', () => {
    const analysis = analysed(text);
    const a = attributionWith(analysis, 'reported');
    assert.equal(a.source?.text, 'others');
    assert.equal(a.source?.entity, null);
  });

  it('leaves one attribution for the tag ", she said,"', () => {
    const analysis = analysed(text);
    const tagAt = text.indexOf('said,');
    const tags = analysis.attributions.filter((x) => x.cue.start === [...text.slice(0, tagAt)].length);
    assert.equal(tags.length, 1);
    assert.match(
      tags[0].content.map((c) => c.text).join(' '),
      /^Some trials showed that the hedges hold water/,
    );
  });
});

describe('an anonymity clause inside a quotation', { skip: !models }, () => {
  it('belongs to the quoted subject, not to the words before the opening mark', () => {
    const analysis = analysed(
      'The Harbour Post said, "The two divers, who asked not to be named, said the hull had split below the waterline."',
    );
    const inner = analysis.attributions.find((a) => a.cue.text === 'said' && a.via);
    assert.ok(inner);
    assert.equal(inner.source?.text, 'The two divers, who asked not to be named');
    assert.equal(inner.source?.kind, 'anonymous');
  });
});

describe('a group named whole speaks as itself, a group as a modifier does not', { skip: !models }, () => {
  // text, cue, the entity the source names (null: none)
  const cases: [string, string, string | null][] = [
    ['The Liberal Democrats said the levy would hurt small farms.', 'said', 'Liberal Democrats'],
    [
      'The Social Democrats attacked the levy. They said it would hurt small farms.',
      'said',
      'Social Democrats',
    ],
    ['Turkish officials said the border would stay shut until Friday.', 'said', null],
    ['The Kenyan said she had never felt stronger before a race.', 'said', null],
  ];
  for (const [text, cue, name] of cases)
    it(`${text.slice(0, 30)}… → ${name}`, () => {
      const analysis = analysed(text);
      const a = attributionWith(analysis, cue);
      const entity = analysis.entities.find((e) => e.id === a.source?.entity);
      assert.equal(entity?.name ?? null, name);
    });
});

describe('lawyers and agents speak for their client', { skip: !models }, () => {
  // text, the cue whose speaker is asked about (its last occurrence), the client
  const cases: [string, string, string][] = [
    [
      'The novelist Tomasz Wrona is suing his publisher. His lawyers said the contract had lapsed. They said the firm had kept his rights.',
      'They said',
      'Tomasz Wrona',
    ],
    [
      'The boxer Reuben Achterberg will appeal. Lawyers for Achterberg said the panel erred. They added that he would fight in June.',
      'They added',
      'Reuben Achterberg',
    ],
  ];
  for (const [text, cue, client] of cases)
    it(`"${cue}" after the representatives speaks for ${client}`, () => {
      const analysis = analysed(text);
      const [pronoun, verb] = cue.split(' ');
      const a = analysis.attributions.findLast((x) => x.cue.text === verb && x.source?.text === pronoun);
      assert.ok(a, analysis.attributions.map((x) => `${x.source?.text} ${x.cue.text}`).join('; '));
      const entity = analysis.entities.find((e) => e.id === a.source?.entity);
      assert.equal(entity?.name, client);
    });

  it('but not once someone else has spoken in between', () => {
    const analysis = analysed(
      'The novelist Tomasz Wrona is suing his publisher. His lawyers said the contract had lapsed. Booksellers said sales had fallen. They said prices would rise.',
    );
    const a = analysis.attributions.findLast((x) => x.source?.text === 'They');
    assert.ok(a);
    const entity = analysis.entities.find((e) => e.id === a.source?.entity);
    assert.notEqual(entity?.name, 'Tomasz Wrona');
  });
});

describe('speakers a reader names from the article around them', { skip: !models }, () => {
  // text, the source as written, the entity it names (null: none)
  const cases: [string, string, string | null][] = [
    // A lede's body described with whose it is, named in the next paragraph.
    [
      'A referee has been banned for a season, the country’s hockey federation said on Monday.\n\nThe Dunmorrow Hockey Federation said the ban would start at once.',
      'the country’s hockey federation',
      'Dunmorrow Hockey Federation',
    ],
    // A co-operative is a company: "the co-operative" is the business named before.
    [
      'Tarnbeck Growers, which packs apples from 90 orchards, said prices would fall. The co-operative said the harvest had been poor.',
      'The co-operative',
      'Tarnbeck Growers',
    ],
    // A lede's company named next by a name the recognizer may take for a person's.
    [
      'Two hundred hikers were stranded when a chairlift stopped, the company that runs it said.\n\nSeggiovie Marmora said a cable had slipped. It said no one was hurt.',
      'It',
      'Seggiovie Marmora',
    ],
    // A name set off after someone's neighbour or friend is a person's, and "she" after it hers.
    [
      'Gwen Talbot said the lane had flooded twice. Her neighbour, Ffion Rhydderch, said she had moved her car. She said the drains were blocked.',
      'She',
      'Ffion Rhydderch',
    ],
    // An unknown paper that reports a statement is an outlet.
    [
      'Ms Pell told growers at a meeting that prices would be reviewed, the Valley Grower reported.',
      'the Valley Grower',
      'Valley Grower',
    ],
    // A place's body in lower case is that body (never named here), not another named after the place.
    [
      'The Corrie Mountain Rescue Team said the climbers were safe. Corrie’s regional roads authority said the pass would reopen.',
      'Corrie’s regional roads authority',
      null,
    ],
    // A body "for" something is named by its head before "for".
    [
      'Kettles were recalled on Monday. The Office for Appliance Standards said three had caught fire.',
      'The Office for Appliance Standards',
      'Office for Appliance Standards',
    ],
    // A name that speaks with "which" after it is a body's, and "the firm" after it that body.
    [
      'Brellow, which is based in Harlowe, said it had found the fault. The firm said refunds would follow.',
      'The firm',
      'Brellow',
    ],
    // A name read as a person's whose last word the article uses as a description of a body.
    [
      'A trawler sank off the point, the coastguard said.\n\nMarrick Coastguard said two men were rescued. It said the search had ended.',
      'It',
      'Marrick Coastguard',
    ],
    // A name the taggers read into the cue, as they would an adverb, is the source.
    [
      'The council blamed a system supplied by Quorvix, a firm based in Leith. Quorvix denied that its system was at fault.',
      'Quorvix',
      'Quorvix',
    ],
    // A name opening with "In" and a letter beyond ASCII is no fronted "In …," phrase.
    [
      'Inés Carrera, who keeps goats near the river, said she had lost three kids.',
      'Inés Carrera, who keeps goats near the river',
      'Inés Carrera',
    ],
    // "it" right after a speaker whose name ends in a plural trade noun stands for that company.
    [
      'Marvella Cruises said the ship would return early. It said 200 passengers were ill.',
      'It',
      'Marvella Cruises',
    ],
    // A lede's body with a lower-case owner, named in the next paragraph.
    [
      'A councillor has been fined, the county’s standards watchdog said on Friday.\n\nThe Westby Standards Board said the fine was the largest it had set.',
      'the county’s standards watchdog',
      'Westby Standards Board',
    ],
    // A spokesperson of a kind of body: the body set off after that noun.
    [
      'His party, the Green Renewal Party, said the matter was closed. A party spokesman said he had apologised.',
      'A party spokesman',
      'Green Renewal Party',
    ],
    // A studio is a company.
    [
      'Quillmoor Games, which employs 300 people, said 40 jobs would go. The studio said costs had risen.',
      'The studio',
      'Quillmoor Games',
    ],
    // A place's government named by its lower-case kind is a body of its own.
    [
      'Three bridges were closed. The Tarvesh regional government said repairs would take a month.',
      'The Tarvesh regional government',
      'Tarvesh regional government',
    ],
    // A name that owns something is a business's, and "the company" after it.
    [
      'The mill is owned by Fabbrica Orsini. The company said it would reopen the mill in June.',
      'The company',
      'Fabbrica Orsini',
    ],
    // A lede's charity, named next by a trust's name.
    [
      'A lifeboat capsized in a gale, the charity that runs it said.\n\nThe Portgower Lifeboat Trust said its crew of five were safe.',
      'the charity that runs it',
      'Portgower Lifeboat Trust',
    ],
    // A branch or a campaign is a body by its head word.
    [
      'Two trains collided. The Rail Collision Review Branch said it had sent inspectors.',
      'The Rail Collision Review Branch',
      'Rail Collision Review Branch',
    ],
    // Residents of a place, counted or not, are people there, not the place.
    ['Some residents of Farlow said the road was unsafe.', 'Some residents of Farlow', null],
    // Nor are people by what befell them somewhere.
    [
      'The ferry to Orsa was cancelled on Monday. Some drivers waiting at Orsa said they had slept in their cars.',
      'Some drivers waiting at Orsa',
      null,
    ],
    [
      'Trains were halted by the snow. Commuters stranded in Kelby said the buses were full.',
      'Commuters stranded in Kelby',
      null,
    ],
    // A spokesperson for a plural kind: the name set off after that noun.
    [
      'Its liquidators, Tarrant Voss, said the firm was insolvent. A spokesman for the liquidators said offers were welcome.',
      'A spokesman for the liquidators',
      'Tarrant Voss',
    ],
    // A retailer is the business named as a shop ("… Stores").
    [
      'Penhale Dairies said the price would fall. Ashworth Stores, which runs 40 shops, denied that it had asked for a cut. A spokeswoman for the retailer said prices were fair.',
      'A spokeswoman for the retailer',
      'Ashworth Stores',
    ],
    // A lede's organisers of an event, named next by a club whose name ends in a plural of people.
    [
      'A cyclist broke her wrist at the hill climb on Saturday, the race’s organisers said.\n\nOrton Road Wheelers said she had been taken to hospital.',
      'the race’s organisers',
      'Orton Road Wheelers',
    ],
    [
      'A runner collapsed near the finish on Sunday, the event’s organisers said.\n\nHexley Fell Runners said he had been flown to hospital.',
      'the event’s organisers',
      'Hexley Fell Runners',
    ],
    // "the club" right after that club spoke is the club.
    [
      'Tolland Fell Runners said the race would go ahead. The club said the path had been checked.',
      'The club',
      'Tolland Fell Runners',
    ],
    // A lede's owner, named next by a name "which" follows, whatever the recognizer made of it.
    [
      'The Carrow Echo will print its last edition in June, its owner said.\n\nMarlbeck Media, which owns 14 papers, said advertising had collapsed.',
      'its owner',
      'Marlbeck Media',
    ],
    // A body's branch or office speaks as the body.
    [
      'The Society of Canal Boatmen’s northern branch said the locks were unsafe.',
      'The Society of Canal Boatmen’s northern branch',
      'Society of Canal Boatmen',
    ],
    [
      'The Marlow Nurses’ Union’s local branch accused the trust of delay.',
      'The Marlow Nurses’ Union’s local branch',
      'Marlow Nurses’ Union',
    ],
    [
      'The Guild of Ferry Pilots’ regional office said the crossing was safe.',
      'The Guild of Ferry Pilots’ regional office',
      'Guild of Ferry Pilots',
    ],
    // A lede's spokesperson for a body described by whose it is speaks as the body named next.
    [
      'The Tarn Inn will shut in March, a spokesman for the pub’s owners said.\n\nHolloway Taverns, which runs 40 pubs, said trade had fallen.',
      'a spokesman for the pub’s owners',
      'Holloway Taverns',
    ],
    // A lede's body of a plural owner ("the farmers' association") that no name holds by that word.
    [
      'Hay prices have doubled since May, the farmers’ association said on Monday.\n\nThe Westdale Livestock Association said stocks were low.',
      'the farmers’ association',
      'Westdale Livestock Association',
    ],
    // "They" after two people named together stands for them, no one entity.
    [
      'The Harlow Traders Group said rents were rising. Mark and Ellen Doyle, who run the bakery, said their rent had doubled. They said they would move out.',
      'They',
      null,
    ],
    // A spouse no one was named as: the other person of the speaker's surname.
    [
      'Mark and Ellen Doyle run the bakery. Ellen Doyle said the rent had doubled. Her husband said they would move out.',
      'Her husband',
      'Mark Doyle',
    ],
    // A rank before the name opening the sentence before: "he" is its subject, not the man named later in it.
    [
      'PC Owen Tate, 29, of Harlow Police, faces a charge over the arrest of Mark Dunn in May. He denies the charge.',
      'He',
      'Owen Tate',
    ],
    // A lede's company described by a participle clause, named next.
    [
      'The first test flight has been put off again, the company building the drone said on Friday.\n\nSkyfold, which is based in Marlow, said a battery had failed.',
      'the company building the drone',
      'Skyfold',
    ],
    // The operator is whoever the article said runs the thing.
    [
      'The ferry is run by Kestrel Crossings Ltd, a firm owned by the harbour trust. A spokesman for the operator said sailings would resume.',
      'A spokesman for the operator',
      'Kestrel Crossings Ltd',
    ],
    // A spokesperson for a body named in full speaks as that body.
    [
      'The bridge reopened on Monday. A spokesman for the Office for Roads and Bridges said it was safe.',
      'A spokesman for the Office for Roads and Bridges',
      'Office for Roads and Bridges',
    ],
    // A spokesperson for a place's name speaks for the one body named after that place.
    [
      'Harlowe College said its fees would rise. Students in Harlowe were angry. A spokeswoman for Harlowe said the rise was small.',
      'A spokeswoman for Harlowe',
      'Harlowe College',
    ],
    // A name before "which" is a thing's, and "the venue" a venue named so.
    [
      'Dunmore’s Grand Pavilion, which was to host the final, said it was sorry. A spokeswoman for the venue said no date had been offered.',
      'A spokeswoman for the venue',
      'Grand Pavilion',
    ],
    // One of a pair named by rank, right after a person spoke: that person.
    [
      'Mark Ellis, 61, told the paper that the band had split. The older of the two brothers said he hoped to play again.',
      'The older of the two brothers',
      'Mark Ellis',
    ],
    // Names joined by "&" after a kind of business are one firm, whoever the recognizer took them for.
    [
      'The auction house Marlow & Tate, which sold a rival painting last year, said the work was valuable. A spokesman for the firm said no offer had been made.',
      'A spokesman for the firm',
      'Marlow & Tate',
    ],
    // A body's head capitalised as in its name: that body's spokesperson.
    [
      'The Western Rivers Commission, which sets fishing limits, said stocks were low. A Commission spokesperson said the cut was needed.',
      'A Commission spokesperson',
      'Western Rivers Commission',
    ],
    // Someone the report may not name is no one named, whoever spoke before.
    [
      'Prosecuting, Ann Lee said the van was stolen. A guard who saw the van, and who cannot be named for legal reasons, told the court he had seen it leave.',
      'A guard who saw the van, and who cannot be named for legal reasons',
      null,
    ],
    // A name written after "the" and a kind of business is that business's, and "it" after it.
    [
      'The bakery chain Crumbwell has agreed to buy a rival. Crumbwell said no shops would close. It said prices would fall.',
      'It',
      'Crumbwell',
    ],
    // "The" opening a body's name before "which" is no part of the name.
    [
      'The Western Health Forum, which tracks outbreaks, said cases had doubled.',
      'The Western Health Forum, which tracks outbreaks',
      'Western Health Forum',
    ],
    // A ministry is no department, whatever word the two names share.
    [
      'The Kelby Department of Public Health said cases had risen. The national health ministry said it was watching.',
      'The national health ministry',
      null,
    ],
    // A role owned, with a place in it, before the name: the name speaks.
    [
      'The union Bakers United said it would help. Its organiser in Kelby, Rosa Hart, said claims would be filed.',
      'Its organiser in Kelby, Rosa Hart',
      'Rosa Hart',
    ],
    // "Staff" opening a sentence is people, no entity.
    ['The shop shut on Monday. Staff said they had not been paid.', 'Staff', null],
    // Administrators named by one name are a firm, and "the firm" right after they spoke.
    [
      'Harbour Foods Ltd has collapsed. The administrators, Carter Bell, said they would sell the vans. A spokesman for the firm said staff would be paid.',
      'A spokesman for the firm',
      'Carter Bell',
    ],
    // "the health board responsible": the adjective after the head is no part of the name.
    [
      'Hundreds of patients are being recalled, the health board responsible said.\n\nWestmoor Health Board said letters had been sent.',
      'the health board responsible',
      'Westmoor Health Board',
    ],
    // A lede's body said only to be a group or a body is the one whose report opens the next paragraph.
    [
      'Bus fares in the valley will double from June, a group representing local passengers said.\n\nThe Tarnside Travellers Forum, which has 3,000 members, said the rise was unfair.',
      'a group representing local passengers',
      'Tarnside Travellers Forum',
    ],
    // So is one described by a head its own name ends in, whatever adjective stands before the head.
    [
      'Two walkers were lifted off the ridge overnight, the county rescue service said.\n\nThe Brockfell Rescue Service said both were unhurt.',
      'the county rescue service',
      'Brockfell Rescue Service',
    ],
    // But not a group of people, nor a body whose name ends in another head.
    [
      'The quarry will close, a group of neighbours said.\n\nThe Brockfell Parish Council said it had not been told.',
      'a group of neighbours',
      null,
    ],
    [
      'The road will reopen on Friday, the county highways service said.\n\nThe Brockfell Parish Council said it had asked for a crossing.',
      'the county highways service',
      null,
    ],
    // A capitalised name after "the" that "which" follows is a body's, whatever word it ends in.
    [
      'The Friends of Ashcot Mill, which restored the wheel, said the sale was a blow.',
      'The Friends of Ashcot Mill, which restored the wheel',
      'Friends of Ashcot Mill',
    ],
    // A trade journal that reports is an outlet, named after its kind.
    [
      'Two other bakeries had closed, the trade journal Baking Weekly reported.',
      'the trade journal Baking Weekly',
      'Baking Weekly',
    ],
    // A diocese is a body: named in full after "the", and "It" after it.
    [
      'Thieves took the bells from a chapel in Ormbury, the diocese said.\n\nThe Diocese of Ormbury said the bells had hung there since 1820. It said the police had been told.',
      'It',
      'Diocese of Ormbury',
    ],
    // A kind of body in lower case, then a name whose words "at" joins.
    [
      'The charity Homes at Risk, which lends money for repairs, said it would help the tenants.',
      'The charity Homes at Risk, which lends money for repairs',
      'Homes at Risk',
    ],
    // A word between "the" and a given name is a title, not part of the name.
    [
      'The Archdeacon of Ormbury, the Ven Simon Kettle, said the chapel would reopen. Kettle said the roof would be mended first.',
      'Kettle',
      'Simon Kettle',
    ],
    // A name ending in "Line" with no given name first is a shipping company's.
    [
      'Sorrel Line, whose ferries cross the firth, denied that its boat had been late. A spokeswoman for the company said the crossing had left on time.',
      'A spokeswoman for the company',
      'Sorrel Line',
    ],
    // A club named by an abbreviation in capitals, then "the club".
    [
      'Tolver RFC said it had not been told of the claim. The club denied that any player had been put at risk.',
      'The club',
      'Tolver RFC',
    ],
    // Police "in" a place are the force the article names.
    [
      'A cyclist was hurt when a bridge rail gave way, police in the town said.\n\nDenmoor County Police said the rail had been reported loose in May.',
      'police in the town',
      'Denmoor County Police',
    ],
    // An outlet whose name opens with a town's is the outlet, not the town.
    [
      'The pier at Saltrow had been closed twice before, the local newspaper Saltrow Gazette reported.',
      'the local newspaper Saltrow Gazette',
      'Saltrow Gazette',
    ],
    // A business named bare after its full name was written after its kind; then its trade noun.
    [
      'The resort is sold by the holiday company Bluecrest Tours. Bluecrest said it was shocked. The tour operator said it had checked the rooms in June.',
      'The tour operator',
      'Bluecrest Tours',
    ],
    // Those acting for someone in a lede that names no one speak for the person the next paragraph opens with.
    [
      'A former goalkeeper is suing his old club over a knee operation, his lawyers said.\n\nDaniel Crewe, 31, who retired last year, said he could no longer run.',
      'his lawyers',
      'Daniel Crewe',
    ],
    // But a family speaks for itself.
    [
      'A man waited six hours for an ambulance, his family said.\n\nPeter Lowry, 80, fell at his home on Friday.',
      'his family',
      null,
    ],
    // A lede's business is the name its report opens the next paragraph with, found or not by the recognizer.
    [
      'Self-driving taxis have been taken off the roads after a crash, the company running them said.\n\nRoadmind Mobility said a taxi had hit a kerb. It said no one had been hurt.',
      'It',
      'Roadmind Mobility',
    ],
    // A kind of body before a name in a sentence with no report, then that kind as a speaker.
    [
      'The otters were counted by the charity River Keepers last spring. The charity said numbers had doubled.',
      'The charity',
      'River Keepers',
    ],
    // A rank below a role is another role: "the baker" is not the assistant baker named last.
    [
      'The bakery run by the baker Simon Tull has shut. Its assistant baker, Rhys Moor, said wages were owed. Tull denied that. A spokesman for the baker said he had tried to sell the shop.',
      'A spokesman for the baker',
      'Simon Tull',
    ],
    // Unless the description names that rank itself.
    [
      'Deputy Mayor Ines Varo said the trams would run. The deputy mayor added that fares would not rise.',
      'The deputy mayor',
      'Ines Varo',
    ],
    // Those who govern a body, in a lede, speak for the body the next paragraph opens with.
    [
      'A gallery in Tolver will close for two years, its trustees announced.\n\nThe Pellow Gallery said the roof had to be replaced.',
      'its trustees',
      'Pellow Gallery',
    ],
    // A firm's first word alone, after its full name, is the firm, whether the recognizer read the
    // word as a body of its own or as someone's surname.
    [
      'The banker paid for the new wing. His company, Petrel Minerals, denied that it had broken any law. The firm said the inquiry had cleared it. A spokesman for Petrel said the gifts would go on.',
      'A spokesman for Petrel',
      'Petrel Minerals',
    ],
    [
      'The tycoon gave the money. His company, Osprey Minerals, denied that it had broken any law. The firm said the inquiry had cleared it. A spokesman for Osprey said the grants would go on.',
      'A spokesman for Osprey',
      'Osprey Minerals',
    ],
    // An outlet told something, then described by its kind and readers, is that outlet.
    [
      'Dr Welland told the Marlow Sentinel that the exams had been fair, the student newspaper reported.',
      'the student newspaper',
      'Marlow Sentinel',
    ],
    [
      'The mayor told the Pinfold Courier on Monday that the fair would go ahead, the local newspaper reported.',
      'the local newspaper',
      'Pinfold Courier',
    ],
    // A speaker whose gender only the name lists gave keeps the pronoun right after them, when no
    // one else it fits by gender was named (the lists take some men's names for women's).
    [
      'The boat was built by Marenco Navi. The harbour master, Captain Andrei Lupu, said the quay was closed. He said the ferries would wait offshore.',
      'He',
      'Andrei Lupu',
    ],
    // A lede's body described as a place's, named in the next paragraph.
    [
      "Fares will rise in June, Dovria's rail safety agency said.\n\nThe Dovrian Railway Safety Agency said the rise would pay for new signals.",
      "Dovria's rail safety agency",
      'Dovrian Railway Safety Agency',
    ],
    // But the first word of a body named after a place stays the place.
    [
      'Its owner, Pendry Aggregates, said the blasts were safe. Pendry Council said it would check. Residents of Pendry said the blasts shook their homes.',
      'Residents of Pendry',
      null,
    ],
  ];
  for (const [text, source, name] of cases)
    it(`"${source}" → ${name}`, () => {
      const analysis = analysed(text);
      const a = analysis.attributions.findLast((x) => x.source?.text === source);
      assert.ok(a, analysis.attributions.map((x) => x.source?.text).join('; '));
      const entity = analysis.entities.find((e) => e.id === a.source?.entity);
      assert.equal(entity?.name ?? null, name);
    });
});
