import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import type { Entity } from '../../../src/analysis/types.js';
import type { ExtractionContext } from '../../../src/extract/context.js';
import { extractEntities, findEntityByName } from '../../../src/extract/entities/index.js';
import { type Doc, makeDoc } from '../../../src/language/index.js';
import { CLUB_RULE_MARK } from '../../../src/language/ner/clubNames.js';
import { COMPANY_SHORT_RULE } from '../../../src/language/ner/companyNames.js';
import { recognizeEntities } from '../../../src/language/ner/index.js';
import { OUTLET_HEAD_RULE } from '../../../src/language/ner/outletHeads.js';

/** A Doc whose entity spans are set by hand: each [surface, label] marks the next occurrence. */
function docWith(text: string, marks: [string, string][]): Doc {
  const doc = makeDoc(text);
  let from = 0;
  for (const [surface, label] of marks) {
    const at = text.indexOf(surface, from);
    assert.ok(at >= 0, `"${surface}" not in text after ${from}`);
    const { start, end } = doc.tokensInRange(at, at + surface.length);
    doc.ents.push({ start, end, label, rule: 'test' });
    from = at + surface.length;
  }
  return doc;
}

function entitiesOf(doc: Doc): Entity[] {
  const article = {
    title: null,
    byline: [],
    published: null,
    url: null,
    outlet: null,
    body: [],
    removed: [],
  };
  const ctx: ExtractionContext = {
    doc,
    article,
    published: null,
    entities: [],
    attributions: [],
    claims: [],
  };
  return extractEntities(ctx);
}

const summary = (entities: Entity[]) =>
  entities.map((e) => `${e.id} ${e.type} ${e.name} [${e.variants!.join(' | ')}]`);

describe('extractEntities', () => {
  it('joins title, surname-only and variant spellings to the full name', () => {
    const text =
      'Gen. Haftar spoke first. Later Khalifa Haftar told the Marsa Herald that Hafter had no plans. ' +
      'The Marsa Herald said Haftar was in Benghazi.';
    const doc = docWith(text, [
      ['Gen. Haftar', 'PERSON'],
      ['Khalifa Haftar', 'PERSON'],
      ['Marsa Herald', 'MEDIA'],
      ['Hafter', 'PERSON'],
      ['Marsa Herald', 'MEDIA'],
      ['Haftar', 'PERSON'],
      ['Benghazi', 'GPE'],
    ]);
    assert.deepEqual(summary(entitiesOf(doc)), [
      'E1 PERSON Khalifa Haftar [Khalifa Haftar | Gen. Haftar | Hafter | Haftar]',
      'E2 MEDIA Marsa Herald [Marsa Herald]',
      'E3 GPE Benghazi [Benghazi]',
    ]);
  });

  // text, the name marked, its label, the type it ends with
  const afterOccupation: [string, string, string, string][] = [
    ['The cellist Mirela Dobos is suing her agency. Dobos said little.', 'Mirela Dobos', 'LOC', 'PERSON'],
    ['The jockey Conall Breen was hurt. Breen rode again.', 'Conall Breen', 'ORG', 'PERSON'],
    ['The footballer Kwabena Osei left. Osei joined a rival.', 'Kwabena Osei', 'GPE', 'PERSON'],
    // A business noun, or an adjective that ends like an agent noun, makes no person of a name.
    ['The retailer Harlow Home closed two shops.', 'Harlow Home', 'LOC', 'LOC'],
    ['He ran at the outdoor Nordic Games last year.', 'Nordic Games', 'LOC', 'LOC'],
  ];
  // text, the person's mention, the name the entity ends with
  const commonTitles: [string, string, string][] = [
    // The article writes the title in lower case elsewhere.
    [
      'A grandmaster lost. Grandmaster Piet Ostrander resigned.',
      'Grandmaster Piet Ostrander',
      'Piet Ostrander',
    ],
    // A given name opening a three-word name stays.
    ['Grace Anne Holt spoke.', 'Grace Anne Holt', 'Grace Anne Holt'],
    // A longer word that begins with the title's is not the title written in lower case.
    [
      'Two grandmasters lost. Grandmaster Piet Ostrander resigned.',
      'Grandmaster Piet Ostrander',
      'Grandmaster Piet Ostrander',
    ],
  ];
  for (const [text, mention, name] of commonTitles)
    it(`names "${mention}" ${name}`, () => {
      assert.equal(entitiesOf(docWith(text, [[mention, 'PERSON']]))[0].name, name);
    });

  for (const [text, name, label, type] of afterOccupation)
    it(`types "${name}" (${label}) after "${text.split(name)[0].trim()}" as ${type}`, () => {
      const marks: [string, string][] = [[name, label]];
      const surname = name.split(' ').pop()!;
      if (text.split(surname).length > 2) marks.push([surname, 'PERSON']);
      const entities = entitiesOf(docWith(text, marks));
      assert.equal(entities[0].type, type);
      // A surname mentioned later joins the person the occupation introduced.
      if (type === 'PERSON' && marks.length > 1) assert.equal(entities.length, 1);
    });

  // text, the name marked, its label, the type it ends with
  const afterOutletKind: [string, string, string, string][] = [
    ['She told the business daily Porvik Tidende that rates would rise.', 'Porvik Tidende', 'LOC', 'MEDIA'],
    ['He wrote to the newspaper Dagsvala about the strike.', 'Dagsvala', 'PERSON', 'MEDIA'],
    ['The mayor spoke to the local weekly Brenna Voice.', 'Brenna Voice', 'GPE', 'MEDIA'],
    // "weekly" with nothing before it may describe something else.
    ['They met at the weekly Corran Fair in May.', 'Corran Fair', 'LOC', 'LOC'],
    // A place that only opens a longer name after the kind stays a place.
    ['She told the newspaper Brenna Today about it.', 'Brenna', 'GPE', 'GPE'],
  ];
  for (const [text, name, label, type] of afterOutletKind)
    it(`types "${name}" (${label}) after "${text.split(name)[0].trim()}" as ${type}`, () => {
      assert.equal(entitiesOf(docWith(text, [[name, label]]))[0].type, type);
    });

  it('joins "the Herald" the recognizer found by its head word to the outlet named in full', () => {
    const text =
      'The Marsa Herald broke the story. A guard told the Herald more, and the Tobruk Post agreed.';
    const doc = docWith(text, [
      ['Marsa Herald', 'MEDIA'],
      ['Herald', 'MEDIA'],
      ['Tobruk Post', 'MEDIA'],
    ]);
    doc.ents[1].rule = OUTLET_HEAD_RULE;
    assert.deepEqual(summary(entitiesOf(doc)), [
      'E1 MEDIA Marsa Herald [Marsa Herald | Herald]',
      'E2 MEDIA Tobruk Post [Tobruk Post]',
    ]);
  });

  it("joins a company's first word the recognizer found alone to the company", () => {
    const text = 'Vantix Systems made the software. Vantix rejected the claim, and Vantix Labs agreed.';
    const doc = docWith(text, [
      ['Vantix Systems', 'ORG'],
      ['Vantix', 'ORG'],
      ['Vantix Labs', 'ORG'],
    ]);
    doc.ents[1].rule = COMPANY_SHORT_RULE;
    const found = summary(entitiesOf(doc));
    assert.equal(found[0], 'E1 ORG Vantix Systems [Vantix Systems | Vantix]');
  });

  it("joins a company's name without its legal form to the name with it", () => {
    const rows: [string, [string, string][], string[]][] = [
      [
        'Brenmoor Freight Ltd pleaded guilty. Brenmoor Freight employs 90 people.',
        [
          ['Brenmoor Freight Ltd', 'ORG'],
          ['Brenmoor Freight', 'ORG'],
        ],
        ['E1 ORG Brenmoor Freight Ltd [Brenmoor Freight Ltd | Brenmoor Freight]'],
      ],
      [
        'Tallis Mills plc said sales fell. Later Tallis Mills said more.',
        [
          ['Tallis Mills plc', 'ORG'],
          ['Tallis Mills', 'ORG'],
        ],
        ['E1 ORG Tallis Mills plc [Tallis Mills plc | Tallis Mills]'],
      ],
      // A shorter name that is not the same name less its legal form stays apart.
      [
        'Brenmoor Freight Ltd pleaded guilty. Brenmoor Council objected.',
        [
          ['Brenmoor Freight Ltd', 'ORG'],
          ['Brenmoor Council', 'ORG'],
        ],
        ['E1 ORG Brenmoor Freight Ltd [Brenmoor Freight Ltd]', 'E2 ORG Brenmoor Council [Brenmoor Council]'],
      ],
    ];
    for (const [text, marks, want] of rows)
      assert.deepEqual(summary(entitiesOf(docWith(text, marks))), want, text);
  });

  it("joins a company's first word the tagger found as an organisation to the one company it opens", () => {
    const rows: [string, [string, string][], string[]][] = [
      [
        'Quenby Roofing Ltd was fined. Quenby denied it.',
        [
          ['Quenby Roofing Ltd', 'ORG'],
          ['Quenby', 'ORG'],
        ],
        ['E1 ORG Quenby Roofing Ltd [Quenby Roofing Ltd | Quenby]'],
      ],
      // A council is not its place's name alone.
      [
        'Quenby Council met. Quenby voted no.',
        [
          ['Quenby Council', 'ORG'],
          ['Quenby', 'ORG'],
        ],
        ['E1 ORG Quenby Council [Quenby Council]', 'E2 ORG Quenby [Quenby]'],
      ],
      // A group of businesses or titles ("… Group", "… Media") is a company too.
      [
        'Harlen Dental Group runs the surgery. Harlen denied it.',
        [
          ['Harlen Dental Group', 'ORG'],
          ['Harlen', 'ORG'],
        ],
        ['E1 ORG Harlen Dental Group [Harlen Dental Group | Harlen]'],
      ],
      [
        'Corlow Media owns the paper. Corlow said so.',
        [
          ['Corlow Media', 'ORG'],
          ['Corlow', 'ORG'],
        ],
        ['E1 ORG Corlow Media [Corlow Media | Corlow]'],
      ],
      // Two companies open with the word: neither.
      [
        'Quenby Roofing Ltd and Quenby Logistics merged. Quenby said so.',
        [
          ['Quenby Roofing Ltd', 'ORG'],
          ['Quenby Logistics', 'ORG'],
          ['Quenby', 'ORG'],
        ],
        [
          'E1 ORG Quenby Roofing Ltd [Quenby Roofing Ltd]',
          'E2 ORG Quenby Logistics [Quenby Logistics]',
          'E3 ORG Quenby [Quenby]',
        ],
      ],
    ];
    for (const [text, marks, want] of rows)
      assert.deepEqual(summary(entitiesOf(docWith(text, marks))), want, text);
  });

  it("joins an outlet's shorter name to the fuller outlet name it ends", () => {
    const text = 'The Tarrow Evening Post said so. Later the Evening Post said more. The Post agreed.';
    const doc = docWith(text, [
      ['Tarrow Evening Post', 'MEDIA'],
      ['Evening Post', 'MEDIA'],
    ]);
    assert.deepEqual(summary(entitiesOf(doc)), [
      'E1 MEDIA Tarrow Evening Post [Tarrow Evening Post | Evening Post]',
    ]);
    // An organisation's two last words are not its name.
    const other = docWith('Tarrow Health Board met. Health Board staff left.', [
      ['Tarrow Health Board', 'ORG'],
      ['Health Board', 'ORG'],
    ]);
    assert.equal(summary(entitiesOf(other)).length, 2);
  });

  it("joins a company's first word the recognizer took for a person to the company named before", () => {
    const rows: [string, [string, string][], string[]][] = [
      [
        'Harwell Glass will shut the plant. Harwell said no buyer came forward.',
        [
          ['Harwell Glass', 'ORG'],
          ['Harwell', 'PERSON'],
        ],
        ['E1 ORG Harwell Glass [Harwell Glass | Harwell]'],
      ],
      // Its last word: a club by its nickname.
      [
        'Tarvale Rovers sacked their coach. Rovers said results had to improve.',
        [
          ['Tarvale Rovers', 'ORG'],
          ['Rovers', 'PERSON'],
        ],
        ['E1 ORG Tarvale Rovers [Tarvale Rovers | Rovers]'],
      ],
      // A person whose surname it is keeps it.
      [
        'Harwell Glass will shut the plant. Ana Harwell, its founder, said no buyer came. Harwell wept.',
        [
          ['Harwell Glass', 'ORG'],
          ['Ana Harwell', 'PERSON'],
          ['Harwell', 'PERSON'],
        ],
        ['E1 ORG Harwell Glass [Harwell Glass]', 'E2 PERSON Ana Harwell [Ana Harwell | Harwell]'],
      ],
      // Two organisations open with it: no telling which.
      [
        'Harwell Glass and Harwell Council met. Harwell said little.',
        [
          ['Harwell Glass', 'ORG'],
          ['Harwell Council', 'ORG'],
          ['Harwell', 'PERSON'],
        ],
        [
          'E1 ORG Harwell Glass [Harwell Glass]',
          'E2 ORG Harwell Council [Harwell Council]',
          'E3 PERSON Harwell [Harwell]',
        ],
      ],
    ];
    for (const [text, marks, want] of rows)
      assert.deepEqual(summary(entitiesOf(docWith(text, marks))), want, text);
  });

  it("joins a club's head word the recognizer's club rule found to the one club it ends", () => {
    const club = (text: string, marks: [string, string][]) => {
      const doc = docWith(text, marks);
      for (const e of doc.ents) e.rule = `ner-model${CLUB_RULE_MARK}`;
      return summary(entitiesOf(doc));
    };
    assert.deepEqual(
      club('Tarvale Rovers lost. Rovers said little.', [
        ['Tarvale Rovers', 'ORG'],
        ['Rovers', 'ORG'],
      ]),
      ['E1 ORG Tarvale Rovers [Tarvale Rovers | Rovers]'],
    );
    // Two clubs end with it: no telling which.
    assert.deepEqual(
      club('Tarvale United drew with Oskby United. United said little.', [
        ['Tarvale United', 'ORG'],
        ['Oskby United', 'ORG'],
        ['United', 'ORG'],
      ]),
      [
        'E1 ORG Tarvale United [Tarvale United]',
        'E2 ORG Oskby United [Oskby United]',
        'E3 ORG United [United]',
      ],
    );
  });

  it('joins two spans a bare hyphen links into one name', () => {
    const text =
      'Dr Ruth Okafor-Bain spoke. Later Dr Okafor-Bain added more, and the Anglo-Irish talks went on.';
    const doc = docWith(text, [
      ['Ruth Okafor', 'PERSON'],
      ['Bain', 'PERSON'],
      ['Okafor', 'PERSON'],
      ['Bain', 'ORG'],
      ['Anglo', 'NORP'],
      ['Irish', 'NORP'],
    ]);
    assert.deepEqual(summary(entitiesOf(doc)), [
      'E1 PERSON Ruth Okafor-Bain [Ruth Okafor-Bain | Okafor-Bain]',
      'E2 NORP Anglo [Anglo]',
      'E3 NORP Irish [Irish]',
    ]);
  });

  it('joins a given name alone to the one person who has it, and not when two do', () => {
    const one = 'Glenn Carver reported from the hearing. Glenn said no complaint had been made.';
    assert.deepEqual(
      summary(
        entitiesOf(
          docWith(one, [
            ['Glenn Carver', 'PERSON'],
            ['Glenn', 'PERSON'],
          ]),
        ),
      ),
      ['E1 PERSON Glenn Carver [Glenn Carver | Glenn]'],
    );
    const two = 'Glenn Carver and Glenn Moss spoke. Glenn said little.';
    const found = summary(
      entitiesOf(
        docWith(two, [
          ['Glenn Carver', 'PERSON'],
          ['Glenn Moss', 'PERSON'],
          ['Glenn', 'PERSON'],
        ]),
      ),
    );
    assert.equal(found.length, 3);
  });

  // A given name alone written before anyone of that name is named in full is someone the article
  // already knows by it ("Prince Edmund", then "Edmund"), not the person named fully later on.
  it('keeps a given name alone that comes before the full name apart from it', () => {
    const rows: [string, [string, string][], string[]][] = [
      [
        'Prince Edmund opened the bridge. Edmund said he was proud. Later Edmund Hale, a councillor, spoke.',
        [
          ['Prince Edmund', 'PERSON'],
          ['Edmund', 'PERSON'],
          ['Edmund Hale', 'PERSON'],
        ],
        ['E1 PERSON Edmund [Edmund | Prince Edmund]', 'E2 PERSON Edmund Hale [Edmund Hale]'],
      ],
      [
        'Edmund Hale opened the bridge. Edmund said he was proud.',
        [
          ['Edmund Hale', 'PERSON'],
          ['Edmund', 'PERSON'],
        ],
        ['E1 PERSON Edmund Hale [Edmund Hale | Edmund]'],
      ],
    ];
    for (const [text, spans, expected] of rows)
      assert.deepEqual(summary(entitiesOf(docWith(text, spans))), expected);
  });

  it('gives a given name alone the surname of the name "and" joins it to', () => {
    const rows: [string, [string, string][], string[]][] = [
      [
        'Mark and Ellen Doyle run the bakery.',
        [
          ['Mark', 'PERSON'],
          ['Ellen Doyle', 'PERSON'],
        ],
        ['E1 PERSON Mark Doyle [Mark Doyle | Mark]', 'E2 PERSON Ellen Doyle [Ellen Doyle]'],
      ],
      // Someone else already bears the full name: left alone.
      [
        'Mark Doyle left. Mark and Ellen Doyle stayed.',
        [
          ['Mark Doyle', 'PERSON'],
          ['Mark', 'PERSON'],
          ['Ellen Doyle', 'PERSON'],
        ],
        ['E1 PERSON Mark Doyle [Mark Doyle | Mark]', 'E2 PERSON Ellen Doyle [Ellen Doyle]'],
      ],
      // A place after "and" lends no surname.
      [
        'Mark and Ellen Street were closed.',
        [
          ['Mark', 'PERSON'],
          ['Ellen Street', 'LOC'],
        ],
        ['E1 PERSON Mark [Mark]', 'E2 LOC Ellen Street [Ellen Street]'],
      ],
    ];
    for (const [text, marks, want] of rows)
      assert.deepEqual(summary(entitiesOf(docWith(text, marks))), want, text);
  });

  it('joins a surname of two words to the full name it ends', () => {
    const text =
      'Dr. Siobhán Ní Mhaoil leads the survey. Later Ní Mhaoil said the reef was healthy. ' +
      'Karim Ben Salem spoke next, and Ben Salem said the nets were torn.';
    const doc = docWith(text, [
      ['Siobhán Ní Mhaoil', 'PERSON'],
      ['Ní Mhaoil', 'PERSON'],
      ['Karim Ben Salem', 'PERSON'],
      ['Ben Salem', 'PERSON'],
    ]);
    assert.deepEqual(summary(entitiesOf(doc)), [
      'E1 PERSON Siobhán Ní Mhaoil [Siobhán Ní Mhaoil | Ní Mhaoil]',
      'E2 PERSON Karim Ben Salem [Karim Ben Salem | Ben Salem]',
    ]);
  });

  it('joins a titled name and a surname the recognizer took for organisations to the person', () => {
    const text =
      'Moroccan Colonel Idris Benkirane opened the talks. Benkirane said the roads were open. ' +
      'Later Benkiran spoke again. The Rabat Courier and the Harmon County Board said little; Al Noor agreed.';
    const doc = docWith(text, [
      ['Moroccan Colonel Idris Benkirane', 'ORG'],
      ['Benkirane', 'ORG'],
      ['Benkiran', 'PERSON'],
      ['Rabat Courier', 'MEDIA'],
      ['Harmon County Board', 'ORG'],
      ['Al Noor', 'ORG'],
    ]);
    assert.deepEqual(summary(entitiesOf(doc)), [
      'E1 PERSON Idris Benkirane [Idris Benkirane | Moroccan Colonel Idris Benkirane | Benkirane | Benkiran]',
      'E2 MEDIA Rabat Courier [Rabat Courier]',
      'E3 ORG Harmon County Board [Harmon County Board]',
      'E4 ORG Al Noor [Al Noor]',
    ]);
  });

  // text, the name marked as a person's, the type it ends with
  const firmsOfProfession: [string, string, string][] = [
    ['Morrow Pengelly Solicitors said the claim was lodged.', 'Morrow Pengelly Solicitors', 'ORG'],
    ['Dean Carrick Architects drew the plans.', 'Dean Carrick Architects', 'ORG'],
    ['Halse Accountants audited the books.', 'Halse Accountants', 'ORG'],
    // A name alone, or one with a profession in the singular, is still a person's.
    ['Dean Carrick drew the plans.', 'Dean Carrick', 'PERSON'],
    ['Solicitor Amy Halse spoke.', 'Amy Halse', 'PERSON'],
  ];
  for (const [text, name, type] of firmsOfProfession)
    it(`types "${name}" (PERSON) as ${type}`, () => {
      assert.equal(entitiesOf(docWith(text, [[name, 'PERSON']]))[0].type, type);
    });

  // text, the mention marked as a place or body, its label, the entities it ends with
  const courtesyTitled: [string, string, string, string[]][] = [
    [
      'Its chair, Wenna Carrow, was angry. According to Ms Carrow, the bus had gone.',
      'Ms Carrow',
      'LOC',
      ['PERSON Wenna Carrow'],
    ],
    ['Dougal Brack spoke. Mr Brack said the mill would shut.', 'Mr Brack', 'ORG', ['PERSON Dougal Brack']],
    // A courtesy title alone before a surname no one else bears is still a person's.
    ['Mrs Pellow said the shop would close.', 'Mrs Pellow', 'GPE', ['PERSON Pellow']],
    // A longer title-like word is not a courtesy title.
    ['Miston Quay flooded again.', 'Miston Quay', 'LOC', ['LOC Miston Quay']],
  ];
  for (const [text, mention, label, expected] of courtesyTitled)
    it(`reads "${mention}" (${label}) as ${expected.join(', ')}`, () => {
      const marks: [string, string][] = [];
      const first = /^(?:Its chair, )?(\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+)/u.exec(text)?.[1];
      if (first && first !== mention && !text.startsWith(mention)) marks.push([first, 'PERSON']);
      marks.push([mention, label]);
      assert.deepEqual(
        entitiesOf(docWith(text, marks)).map((e) => `${e.type} ${e.name}`),
        expected,
      );
    });

  it('leaves a one-word organisation alone when no person has that surname', () => {
    const text = 'Dana Whitlock wrote to Halvorsen. Halvorsen, the shipping firm, did not reply.';
    const doc = docWith(text, [
      ['Dana Whitlock', 'PERSON'],
      ['Halvorsen', 'ORG'],
      ['Halvorsen', 'ORG'],
    ]);
    assert.deepEqual(
      entitiesOf(doc).map((e) => `${e.type} ${e.name}`),
      ['PERSON Dana Whitlock', 'ORG Halvorsen'],
    );
  });

  it('keeps two people with one surname apart and sends the bare surname to the latest', () => {
    const text =
      'Orla Vandersloot met Piet Vandersloot. Piet Vandersloot left early. Vandersloot said so. ' +
      'Then Orla Vandersloot spoke. Vandersloot agreed.';
    const doc = docWith(text, [
      ['Orla Vandersloot', 'PERSON'],
      ['Piet Vandersloot', 'PERSON'],
      ['Piet Vandersloot', 'PERSON'],
      ['Vandersloot', 'PERSON'],
      ['Orla Vandersloot', 'PERSON'],
      ['Vandersloot', 'PERSON'],
    ]);
    const entities = entitiesOf(doc);
    assert.equal(entities.length, 2);
    const [orla, piet] = entities;
    assert.equal(orla.name, 'Orla Vandersloot');
    assert.equal(piet.name, 'Piet Vandersloot');
    const said = text.indexOf('Vandersloot said');
    const agreed = text.indexOf('Vandersloot agreed');
    assert.ok(piet.mentions.some((m) => m.start === said));
    assert.ok(orla.mentions.some((m) => m.start === agreed));
  });

  it("sends a bare surname after a courtesy title to the person of that title's gender", () => {
    // [text, the people in order, the titled surname's mention, whose it should be]
    const rows: [string, string[], string, string][] = [
      [
        'Gareth Tebworth drove the 9 bus. His wife, Sandra Tebworth, cleaned the depot. Mr Tebworth said so.',
        ['Gareth Tebworth', 'Sandra Tebworth'],
        'Mr Tebworth',
        'Gareth Tebworth',
      ],
      [
        'Dennis Haybrook chairs the club. Kate Haybrook keeps its books. Mrs Haybrook said no. Mr Haybrook agreed.',
        ['Dennis Haybrook', 'Kate Haybrook'],
        'Mr Haybrook',
        'Dennis Haybrook',
      ],
      [
        'Sarah Quenell runs a stall. Tom Quenell sells eggs beside it. Ms Quenell said trade was slow.',
        ['Sarah Quenell', 'Tom Quenell'],
        'Ms Quenell',
        'Sarah Quenell',
      ],
      // Two women: the title tells them apart no more than the bare name does, so the latest.
      [
        'Ann Wexholme spoke first. Mary Wexholme spoke next. Mrs Wexholme said more.',
        ['Ann Wexholme', 'Mary Wexholme'],
        'Mrs Wexholme',
        'Mary Wexholme',
      ],
      // Given names the first-name lists do not sex, or sex both ways: the article's own words do.
      [
        'Kit and Anouk Brennick run a cafe. Kit Brennick said his oven broke in May. Mrs Brennick said it works.',
        ['Anouk Brennick', 'Kit Brennick'],
        'Mrs Brennick',
        'Anouk Brennick',
      ],
      [
        'His wife, Robin Okolo, keeps the books. Jo Okolo mends the fences. Mrs Okolo said the farm would stay.',
        ['Robin Okolo', 'Jo Okolo'],
        'Mrs Okolo',
        'Robin Okolo',
      ],
      [
        'Sam Venn opened the shop in 2030. He said trade was slow. Alex Venn joined the shop later. Mr Venn said no.',
        ['Sam Venn', 'Alex Venn'],
        'Mr Venn',
        'Sam Venn',
      ],
    ];
    for (const [text, people, titled, owner] of rows) {
      const surname = titled.split(' ')[1];
      const marks: [string, string][] = [];
      for (const m of text.matchAll(new RegExp(`(?:[A-Z][a-z]+ )?${surname}`, 'g')))
        marks.push([/^(?:Mr|Mrs|Ms)\s/.test(m[0]) ? surname : m[0], 'PERSON']);
      const entities = entitiesOf(docWith(text, marks));
      assert.deepEqual(
        entities.map((e) => e.name),
        people,
        text,
      );
      const at = text.indexOf(titled) + titled.indexOf(surname);
      const holder = entities.find((e) => e.mentions.some((m) => m.start === at));
      assert.equal(holder?.name, owner, text);
    }
  });

  it('votes the type, records rules and offsets, and numbers entities by first mention', () => {
    const text =
      'Reuters cited the Quill Society. The Quill Society denied it, Reuters said. Reuters repeated it.';
    const doc = docWith(text, [
      ['Reuters', 'MEDIA'],
      ['Quill Society', 'ORG'],
      ['Quill Society', 'ORG'],
      ['Reuters', 'ORG'],
      ['Reuters', 'MEDIA'],
    ]);
    const entities = entitiesOf(doc);
    assert.deepEqual(
      entities.map((e) => [e.id, e.type, e.name, e.mentions.length]),
      [
        ['E1', 'MEDIA', 'Reuters', 3],
        ['E2', 'ORG', 'Quill Society', 2],
      ],
    );
    for (const e of entities)
      for (const m of e.mentions) {
        assert.equal(text.slice(m.start, m.end), m.text);
        assert.equal(m.rule, 'test');
      }
  });

  it('ignores dates and is deterministic', () => {
    const text = 'On Monday Teodor Brankovic met Teodor Brankovich in Marrow.';
    const marks: [string, string][] = [
      ['Monday', 'DATE'],
      ['Teodor Brankovic', 'PERSON'],
      ['Teodor Brankovich', 'PERSON'],
      ['Marrow', 'LOC'],
    ];
    const first = entitiesOf(docWith(text, marks));
    assert.deepEqual(first, entitiesOf(docWith(text, marks)));
    assert.deepEqual(
      first.map((e) => e.name),
      ['Teodor Brankovic', 'Marrow'],
    );
  });

  it('returns nothing for a Doc without entity spans', () => {
    assert.deepEqual(entitiesOf(makeDoc('Nothing to see here.')), []);
  });
});

describe('extractEntities: a double surname written with and without its hyphen', () => {
  // marks in order, the entities expected; all invented.
  const rows: [string, string, [string, string][], string[]][] = [
    [
      'the form written first names the person, not the spaced one that parses as a longer name',
      'Cllr Nkem Obi-Larsen spoke first. Later Nkem Obi Larsen told the radio that she would stay.',
      [
        ['Cllr Nkem Obi-Larsen', 'PERSON'],
        ['Nkem Obi Larsen', 'PERSON'],
      ],
      ['E1 PERSON Nkem Obi-Larsen [Nkem Obi-Larsen | Cllr Nkem Obi-Larsen | Nkem Obi Larsen]'],
    ],
    [
      'so the other way round',
      'Nkem Obi Larsen spoke first. Later Nkem Obi-Larsen told the radio that she would stay.',
      [
        ['Nkem Obi Larsen', 'PERSON'],
        ['Nkem Obi-Larsen', 'PERSON'],
      ],
      ['E1 PERSON Nkem Obi Larsen [Nkem Obi Larsen | Nkem Obi-Larsen]'],
    ],
    [
      'a longer name with another word still wins',
      'Obi-Larsen spoke first. Later Nkem Obi-Larsen told the radio that she would stay.',
      [
        ['Obi-Larsen', 'PERSON'],
        ['Nkem Obi-Larsen', 'PERSON'],
      ],
      ['E1 PERSON Nkem Obi-Larsen [Nkem Obi-Larsen | Obi-Larsen]'],
    ],
  ];
  for (const [name, text, marks, want] of rows)
    it(name, () => assert.deepEqual(summary(entitiesOf(docWith(text, marks))), want));
});

describe('findEntityByName', () => {
  const text = 'Khalifa Haftar and Saddam Haftar met the Libyan National Army and the Marsa Herald.';
  const entities = entitiesOf(
    docWith(text, [
      ['Khalifa Haftar', 'PERSON'],
      ['Saddam Haftar', 'PERSON'],
      ['Libyan National Army', 'ORG'],
      ['Marsa Herald', 'MEDIA'],
    ]),
  );
  const cases: [string, number | undefined, string | null][] = [
    ['Gen. Khalifa Hafter', undefined, 'Khalifa Haftar'],
    ['Field Marshal Haftar', undefined, 'Khalifa Haftar'],
    ['Haftar', text.length, 'Saddam Haftar'],
    ['LNA', undefined, 'Libyan National Army'],
    ['the Marsa Herald', undefined, 'Marsa Herald'],
    ['Marta Kowalczyk', undefined, null],
    ['', undefined, null],
  ];
  for (const [surface, near, expected] of cases)
    it(`"${surface}" → ${expected}`, () =>
      assert.equal(findEntityByName(entities, surface, near)?.name ?? null, expected));
});

describe('extractEntities on recognized text (property)', () => {
  const pieces = [
    'Orla Vandersloot',
    'Gen. Vandersloot',
    'Vandersloot',
    'the Marsa Herald',
    'Reuters',
    'Egyptian',
    'Cairo',
    'said',
    'on Tuesday',
    'met',
    '“quoted”',
    ',',
    '.',
    'al-Fessi',
    'Quillcorp',
    'LNA',
    '—',
    '\u00a0',
    '😀',
  ];
  it('gives mentions whose text is the text at their offsets, in order, with ids by first mention', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }), (parts) => {
        const text = parts.join(' ');
        const doc = makeDoc(text);
        recognizeEntities(doc);
        const entities = entitiesOf(doc);
        let previousFirst = -1;
        entities.forEach((e, k) => {
          assert.equal(e.id, `E${k + 1}`);
          assert.equal(e.variants![0], e.name);
          assert.ok(e.mentions[0].start > previousFirst);
          previousFirst = e.mentions[0].start;
          for (const m of e.mentions) assert.equal(text.slice(m.start, m.end), m.text);
        });
        const all = entities.flatMap((e) => e.mentions).sort((a, b) => a.start - b.start);
        for (let k = 1; k < all.length; k++) assert.ok(all[k - 1].end <= all[k].start);
      }),
      { numRuns: 150, seed: 42 },
    );
  });
});
