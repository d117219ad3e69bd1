import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { formatWeek, parseYmd } from '../../../src/extract/dates/calendar.js';
import { findDates } from '../../../src/extract/dates/index.js';
import { annotate } from '../../../src/language/pipeline.js';
import { UPOS_ID, XPOS_ID } from '../../../src/language/tagsets.js';
import { buildContext } from '../disputes/fixture.js';

/** Published on Thursday 16 October 2014. [sentence, date text, value] */
const PUBLISHED = '2014-10-16';
const TABLE: [string, string, string][] = [
  ['The talks collapsed on Wednesday.', 'Wednesday', '2014-10-15'],
  ['Shelling resumed Tuesday night.', 'Tuesday night', '2014-10-14'],
  ['The ceasefire was signed on Thursday.', 'Thursday', '2014-10-16'],
  ['The envoy will return next Monday.', 'next Monday', '2014-10-20'],
  ['Voters went to the polls last May.', 'last May', '2014-05'],
  ['The fighting began last November.', 'last November', '2013-11'],
  ['The port was closed in July.', 'July', '2014-07'],
  ['Elections are due at the end of January.', 'the end of January', '2015-01'],
  // A week of a month is as near as the month says.
  ['The repairs should be done in the second week of December.', 'the second week of December', '2014-12'],
  ['Payments stopped during the last week of August.', 'the last week of August', '2014-08'],
  // "by" a weekday: a deadline when something was asked for by then, else how far things had got.
  ['The council asked the firm for a plan by Friday.', 'Friday', '2014-10-17'],
  ['The crews had cleared the road by Tuesday.', 'Tuesday', '2014-10-14'],
  // An event before which something must happen is still to come ("before Saturday's match").
  ['The coach said the side must improve before Saturday’s match.', 'Saturday', '2014-10-18'],
  ['The coach said the side had improved after Saturday’s match.', 'Saturday', '2014-10-11'],
  // A month naming a noun after "the".
  ['Roofs were lost in the August gales.', 'August', '2014-08'],
  // A period a figure covers, up to the month it ends in ("the year to April").
  ['The mill lost £38,000 in the year to April.', 'April', '2014-04'],
  ['Sales fell by a tenth in the three months to September.', 'September', '2014-09'],
  ['The fund paid out £2m in the 12 months to March, the trust said.', 'March', '2014-03'],
  ['The quarter to June was the worst on record.', 'June', '2014-06'],
  ['The militia was formed in 2011.', '2011', '2011'],
  // A year before 1800 after "since", or closing a clause after "in", "until" or "before": a date.
  ['The chapel has stood here since 1642.', '1642', '1642'],
  ['Bells have rung from the tower since 1642, long before the flats.', '1642', '1642'],
  ['The bridge was built in 1754, the trust said.', '1754', '1754'],
  ['The fair ran every year until 1790.', '1790', '1790'],
  ['The attack came three days ago.', 'three days ago', '2014-10-13'],
  ['Two weeks ago the convoy left.', 'Two weeks ago', '2014-W40'],
  ['The compound was attacked on Sept. 11.', 'Sept. 11', '2014-09-11'],
  ['The embassy was attacked on Sept. 11, 2012.', 'Sept. 11, 2012', '2012-09-11'],
  ['Clashes broke out on Sept. 11 last year.', 'Sept. 11 last year', '2013-09-11'],
  // A month with its year after it: that year's month, not the latest one before the date.
  ['The crane fell in February last year.', 'February last year', '2013-02'],
  ['The depot reopens in March next year.', 'March next year', '2015-03'],
  // A hope or an intention reported in the past looks ahead from then: the month nearest the date.
  ['The firm said it hoped to reopen the plant in November.', 'November', '2014-11'],
  ['He said they intended to sail again in January.', 'January', '2015-01'],
  // What is looked ahead to after the date is no sign the date lies ahead: the past perfect dates it.
  [
    'She said she had told the board of her plans in January and had offered to train a successor.',
    'January',
    '2014-01',
  ],
  ['The club said it expected to move in December.', 'December', '2014-12'],
  // "next" or "last" season: in October, next summer is next year's and last summer this year's.
  ['The pool will reopen by next summer.', 'next summer', '2015'],
  ['The roof has leaked since last summer.', 'last summer', '2014'],
  ['The ferry runs again from next spring.', 'next spring', '2015'],
  // Looking ahead from a past point through an infinitive: the day nearest the date (P is Thursday 16th).
  ['The service said it had offered to host talks on Saturday.', 'Saturday', '2014-10-18'],
  ['The service said it had offered to host talks on Monday.', 'Monday', '2014-10-13'],
  ['She said the union would strike on Saturday.', 'Saturday', '2014-10-18'],
  ['Fares rose in June this year.', 'June this year', '2014-06'],
  // A past verb with its object before the day sets the tense, whatever the sentence says of the future.
  ['The plant will shut, the firm told staff on Monday.', 'Monday', '2014-10-13'],
  ['The plant will shut, the firm told its staff on Monday.', 'Monday', '2014-10-13'],
  ['The report is dated 2014-10-15.', '2014-10-15', '2014-10-15'],
  ['Talks stalled earlier this month.', 'earlier this month', '2014-10'],
  ['A vote is expected next week.', 'next week', '2014-W43'],
  ['Output fell last year.', 'last year', '2013'],
  ['The contract was signed in March 2013.', 'March 2013', '2013-03'],
  ['The law dates from 4 July 1998.', '4 July 1998', '1998-07-04'],
  ['The strike ended yesterday.', 'yesterday', '2014-10-15'],
  ['The oil field was retaken on Dec. 28.', 'Dec. 28', '2013-12-28'],
  ['Construction starts in the spring of 2016.', 'the spring of 2016', '2016'],
  ['A 2009 audit found the same gaps.', '2009', '2009'],
  ['The mine has been closed since June.', 'June', '2014-06'],
  ['On Monday school leaders met the minister.', 'Monday', '2014-10-13'],
  // "not today" inside a sentence still dates it.
  ['The ferry will not sail today.', 'today', '2014-10-16'],
  // A month after an owner's word names a noun, as after "the".
  ['The club cancelled its August races.', 'August', '2014-08'],
  // A month with an adjective after "in a" is still the month the article is about.
  ['The blossom came early after a mild February.', 'February', '2014-02'],
  ['The vines budded in a wet September.', 'September', '2014-09'],
  // What could happen, and the day something is set for, lie nearest the publication date.
  ['The company said talks could resume on Friday.', 'Friday', '2014-10-17'],
  ['The union has called a further strike for 20 October.', '20 October', '2014-10-20'],
  // Looking ahead from a past point ("would"): the occurrence nearest the publication date.
  ['She said the union would strike on Nov. 3.', 'Nov. 3', '2014-11-03'],
  ['He said the audit would be published in January.', 'January', '2015-01'],
  ['They said the plant would reopen in August.', 'August', '2014-08'],
  ['He said the vote would take place on Oct. 14.', 'Oct. 14', '2014-10-14'],
  ['She told the paper she would hand the petition to the council in November.', 'November', '2014-11'],
  // The verb a date follows sets its tense, whatever else the sentence says of the future.
  ['Fares will rise, the ferry company confirmed on Tuesday.', 'Tuesday', '2014-10-14'],
  // Something planned for a day lies ahead; plans someone made on a day do not.
  ['Her group plans a rally on Saturday.', 'Saturday', '2014-10-18'],
  ['Parents are planning a protest on Monday.', 'Monday', '2014-10-20'],
  ['Tenants opposed the plans a developer sent on Monday.', 'Monday', '2014-10-13'],
  ['The fault had been known since at least 2009.', '2009', '2009'],
  // "the end of the month" is the month of the date, as "this month" is.
  ['She asked for a report by the end of the month.', 'the end of the month', '2014-10'],
  // Working towards something from a past point looks ahead: the nearest such month.
  ['The board said it was working with schools to hold the resits in January.', 'January', '2015-01'],
  // "until" a weekday: how long a warning standing now lasts looks ahead; a past stretch ended last time.
  ['Forecasters have warned of gales until Sunday.', 'Sunday', '2014-10-19'],
  ['The ferry stopped running until Sunday.', 'Sunday', '2014-10-12'],
  // A year before a noun, after a possessive, dates it.
  ['The singer, whose 2011 record went gold, is suing.', '2011', '2011'],
  ['The choir’s 2008 tour lost money.', '2008', '2008'],
  // A month after "for", unless its name is another word too ("for May" may be a person).
  ['Half of her bookings for December have been cancelled.', 'December', '2014-12'],
  // A month that is the subject of its sentence or of a reported clause.
  ['June was the driest month on record.', 'June', '2014-06'],
  ['The ranger said August had brought the most visitors.', 'August', '2014-08'],
  ['Floods have closed the road twice this winter.', 'this winter', '2014'],
  // A deferral runs to a day to come; so does what someone said "would" happen on a day.
  ['The hearing was adjourned until Monday.', 'Monday', '2014-10-20'],
  ['The mayor said the town would hold a vigil on Monday.', 'Monday', '2014-10-20'],
  // So is what "would be" so from a day, though "open" is no verb the day can hang on.
  ['He said the stall would be open to every pupil from Monday.', 'Monday', '2014-10-20'],
  ['She said the gates would be shut to all traffic on Friday.', 'Friday', '2014-10-17'],
  // What "should" happen lies ahead of the saying: the nearest such month (P is October).
  ['The maker said deliveries should restart in January.', 'January', '2015-01'],
  // So does what was said to be due then: "was due" reports what lies ahead of the saying.
  ['She said a ruling was due in December.', 'December', '2014-12'],
  ['She said the vote was held in December.', 'December', '2013-12'],
  ['Stocks have run low since August and prices should fall.', 'August', '2014-08'],
  // A relative clause set off by commas that tells an arrangement looks ahead, whatever the main verb.
  ['The bishop, who is due to open the hall on Saturday, praised the builders.', 'Saturday', '2014-10-18'],
  ['The bishop, who opened the hall on Saturday, praised the builders.', 'Saturday', '2014-10-11'],
  // What "would" stay so "until" a day runs to the coming one.
  ['The warden said the path would stay shut until at least Friday.', 'Friday', '2014-10-17'],
  // So does what "should" or "must" stay so "until" a day, though the day before it lies nearer.
  ['The ranger said walkers should keep off the dunes until Monday.', 'Monday', '2014-10-20'],
  ['Officers said drivers must avoid the bridge until Monday.', 'Monday', '2014-10-20'],
  // Holidays after a preposition of time, or with last/next/this, or with their year.
  ['The mill said it would lay off staff before Christmas.', 'Christmas', '2014-12-25'],
  ['The arcade closed over Christmas.', 'Christmas', '2013-12-25'],
  ['The ferry will not sail on Boxing Day.', 'Boxing Day', '2014-12-26'],
  ['The lights were switched off last Christmas.', 'last Christmas', '2013-12-25'],
  ['The storm struck on Christmas Eve 1999.', 'Christmas Eve 1999', '1999-12-24'],
  // Easter moves with the moon: its Sunday in the year the context gives, and the days around it.
  ['The pool said it would reopen by Easter.', 'Easter', '2015-04-05'],
  ['The cafe closed over Easter.', 'Easter', '2014-04-20'],
  ['The fair will open on Easter Monday.', 'Easter Monday', '2015-04-06'],
  ['The choir sang on Good Friday 2009.', 'Good Friday 2009', '2009-04-10'],
  ['The lambs were born last Easter.', 'last Easter', '2014-04-20'],
];

// Sentences whose dates need the tagger's tenses. [sentence, date text, value]
const TAGGED: [string, string, string][] = [
  // What "would" happen in a month, whatever verb the parse hangs the month on ("told").
  ['She told the paper she would hand it to the council in November.', 'November', '2014-11'],
  // A present form after "who" before the sentence's "will" may be a past one: the nearest such day.
  ['Riders who set records at Monday’s hill climb will lose them.', 'Monday', '2014-10-13'],
  ['Riders who set off on Friday will ride in the dark.', 'Friday', '2014-10-17'],
  // After a singular noun the plain form is a past one ("sets" would be the present): last Friday.
  ['A rider who set off on Friday will reach the coast soon.', 'Friday', '2014-10-10'],
  ['The lorry driver, who hit the bridge on Monday, will appear in court.', 'Monday', '2014-10-13'],
  // A present progressive the date belongs to tells what is arranged, whatever perfect came before.
  [
    'Tom Hale has worked the lock for 19 years and is retiring at the end of November.',
    'the end of November',
    '2014-11',
  ],
  // What someone said they (did not) expect by a date lies ahead of the saying.
  ['She said she did not expect a ruling before the hearing on 20 March.', '20 March', '2015-03-20'],
  ['He said he expected an answer in January.', 'January', '2015-01'],
  ['She said the hearing was held on 20 March.', '20 March', '2014-03-20'],
  ['He said he had expected an answer in January.', 'January', '2014-01'],
  // What someone said they planned or hoped for lies ahead of the saying; what they had planned may not.
  ['He said they planned another sale on Friday.', 'Friday', '2014-10-17'],
  ['She said the club hoped to reopen in January.', 'January', '2015-01'],
  ['They held another sale on Friday.', 'Friday', '2014-10-10'],
  // A term someone said ended in a month, in the simple past of reported speech, may be still to run
  // ("the lease ends in December") or run out: the month nearest the saying. A past perfect, or the
  // author's own voice, looks back.
  ['The club said its lease ended in December.', 'December', '2014-12'],
  ['The club said its lease ended in May.', 'May', '2014-05'],
  ['The club said its lease had ended in December.', 'December', '2013-12'],
  ['Its lease ended in December.', 'December', '2013-12'],
  // The present form proper looks ahead.
  ['A rider who sets off on Friday will need lights.', 'Friday', '2014-10-17'],
  // A past form there is past, a "will" inside the clause future.
  ['Riders who raced at Monday’s hill climb will lose their times.', 'Monday', '2014-10-13'],
  // A deadline someone is given "until" a month "to" do something: the nearest such month, ahead or
  // just gone.
  ['The tenants were given until the end of January to decide.', 'the end of January', '2015-01'],
  ['The council gave owners until January to decide.', 'January', '2015-01'],
  ['The tenants were given until the end of June to leave.', 'the end of June', '2014-06'],
  // What someone said could not or would not happen "until" a thing done in a month looks ahead of
  // the saying; the same words in the author's voice tell a stretch gone by.
  ['The agency said the paths could not reopen until the work was finished in March.', 'March', '2015-03'],
  ['The warden said the path would stay shut until the fence was mended in May.', 'May', '2015-05'],
  ['The bridge could not be used until it was repaired in March.', 'March', '2014-03'],
  // So does what someone said could not happen "before" a thing done in a month.
  ['The mayor said the town could not pay before its budget was set in February.', 'February', '2015-02'],
];

describe('findDates with tenses', () => {
  for (const [sentence, text, value] of TAGGED)
    it(`${text} in "${sentence}" → ${value}`, () => {
      const ctx = buildContext(sentence, [], { published: PUBLISHED });
      annotate(ctx.doc);
      assert.deepEqual(
        findDates(ctx).map((d) => [d.text, d.value]),
        [[text, value]],
      );
    });
});

describe('findDates', () => {
  for (const [sentence, text, value] of TABLE) {
    it(`${text} → ${value}`, () => {
      const dates = findDates(buildContext(sentence, [], { published: PUBLISHED }));
      assert.deepEqual(
        dates.map((d) => [d.text, d.value]),
        [[text, value]],
      );
      assert.equal(sentence.slice(dates[0].start, dates[0].end), text);
      assert.deepEqual(dates[0].sentence, { start: 0, end: sentence.length });
    });
  }

  // published, the season, its value: the year the season named falls in, when the date says which
  const seasons: [string, string, string | null][] = [
    ['2015-01-20', 'last summer', '2014'],
    ['2015-07-10', 'last summer', '2014'],
    ['2015-09-02', 'last summer', '2015'],
    ['2015-07-10', 'next summer', '2016'],
    // Before the season, "next summer" may be this year's or next year's; winter straddles two years.
    ['2015-03-05', 'next summer', null],
    ['2015-10-05', 'last winter', null],
  ];
  for (const [published, season, value] of seasons)
    it(`reads "${season}" published on ${published} as ${value ?? 'no year'}`, () => {
      const dates = findDates(buildContext(`The quay was rebuilt ${season}.`, [], { published }));
      assert.deepEqual(
        dates.map((d) => [d.text, d.value]),
        value ? [[season, value]] : [],
      );
    });

  it('reads a day a participle’s agent acted on as past, whatever the plans say of the future', () => {
    // Tagged: the tense the tagger reads is what the plans' "would" overrules.
    const values = (text: string) => {
      const ctx = buildContext(text, [], { published: PUBLISHED });
      annotate(ctx.doc);
      return findDates(ctx).map((d) => [d.text, d.value]);
    };
    // sentence, the season or year it looks ahead to, its value, the day, its value
    const rows: [string, string, string, string, string][] = [
      [
        'The road would close from next spring, according to plans published by the council on Tuesday.',
        'next spring',
        '2015',
        'Tuesday',
        '2014-10-14',
      ],
      [
        'Fares would rise next year under a scheme approved by councillors on Monday.',
        'next year',
        '2015',
        'Monday',
        '2014-10-13',
      ],
      // Not what "would be" done by someone on a day.
      [
        'The road would close next spring, and the plans would be published by the council on Tuesday.',
        'next spring',
        '2015',
        'Tuesday',
        '2014-10-21',
      ],
    ];
    for (const [text, ahead, year, day, date] of rows)
      assert.deepEqual(values(text), [
        [ahead, year],
        [day, date],
      ]);
  });

  it('dates a subject’s month by what it "would" be, and no month by a year in the subject’s relative clause', () => {
    const values = (text: string) => {
      const ctx = buildContext(text, [], { published: PUBLISHED });
      annotate(ctx.doc);
      return findDates(ctx).map((d) => [d.text, d.value]);
    };
    assert.deepEqual(
      values('She said she had been told her driving test in November would now be held elsewhere.'),
      [['November', '2014-11']],
    );
    assert.deepEqual(
      values(
        'A baker who entered the show last year, and who asked not to be named, said rumours had spread at a fair in April.',
      ),
      [
        ['last year', '2013'],
        ['April', '2014-04'],
      ],
    );
    // Without the comma that closes it, the year is the sentence's.
    assert.deepEqual(values('A firm that lost money last year closed the yard in June.'), [
      ['last year', '2013'],
      ['June', '2013-06'],
    ]);
  });

  it('reads "since" a month after a present perfect as the latest such month, whatever year came before', () => {
    const values = (text: string) =>
      findDates(buildContext(text, [], { published: PUBLISHED })).map((d) => [d.text, d.value]);
    assert.deepEqual(values('The envoy, who fled the capital in 2011, has not been seen since June.'), [
      ['2011', '2011'],
      ['June', '2014-06'],
    ]);
    // A past perfect keeps the year the sentence named.
    assert.deepEqual(values('In 2011 the mill had been idle since June.'), [
      ['2011', '2011'],
      ['June', '2011-06'],
    ]);
  });

  it('dates no month by a year a stretch ran "since", nor a month looked ahead to by a year ahead named before', () => {
    const values = (text: string) =>
      findDates(buildContext(text, [], { published: PUBLISHED })).map((d) => [d.text, d.value]);
    assert.deepEqual(values('Rents are the highest since 2009. They rose by a tenth in March.'), [
      ['2009', '2009'],
      ['March', '2014-03'],
    ]);
    assert.deepEqual(values('Her lease runs out in 2019. The board will meet again in December.'), [
      ['2019', '2019'],
      ['December', '2014-12'],
    ]);
    // Nor does a year gone by: what will happen lies ahead of the publication date.
    assert.deepEqual(
      values(
        'Ferry trips fell between 2009 and 2013. The trust will decide in November which boats to sell.',
      ),
      [
        ['2009', '2009'],
        ['2013', '2013'],
        ['November', '2014-11'],
      ],
    );
    // Nor does a year gone by in the same sentence, in a clause of its own before the future.
    assert.deepEqual(values('A firm that lost money last year will close the yard in June.'), [
      ['last year', '2013'],
      ['June', '2015-06'],
    ]);
    assert.deepEqual(values('The ferry, sold in 2011, will sail again in March.'), [
      ['2011', '2011'],
      ['March', '2015-03'],
    ]);
    // Nor does the year a range of figures starts from: the figure it ends at is a later one's.
    assert.deepEqual(
      values('Its bill had risen from £180,000 last year to £540,000 since a new contract began in March.'),
      [
        ['last year', '2013'],
        ['March', '2014-03'],
      ],
    );
    assert.deepEqual(values('Fares rose from 90p in 2011 to £1.20 when the new timetable began in May.'), [
      ['2011', '2011'],
      ['May', '2014-05'],
    ]);
    // A year with no figure before it still dates a month the sentence tells of in the past.
    assert.deepEqual(values('Its bill had risen last year after a new contract began in March.'), [
      ['last year', '2013'],
      ['March', '2013-03'],
    ]);
    // Nor does it once a day of this week sets the sentence now.
    assert.deepEqual(
      values(
        'The policy dates from an outbreak in 2001. She told the paper on Wednesday that the trials would go ahead in November.',
      ),
      [
        ['2001', '2001'],
        ['Wednesday', '2014-10-15'],
        ['November', '2014-11'],
      ],
    );
    // A year named in the sentence before still dates a month in the past.
    assert.deepEqual(values('The pier shut in 2009. It was sold in March.'), [
      ['2009', '2009'],
      ['March', '2009-03'],
    ]);
  });

  it('reads a number below 1800 as a count, not a year, unless "since" leads it or it closes a clause', () => {
    const values = (text: string) =>
      findDates(buildContext(text, [], { published: PUBLISHED })).map((d) => [d.text, d.value]);
    for (const text of [
      'One in 1500 tickets wins a prize.',
      'The hall seats 1642 people.',
      'Prices rose from 1200 to 1500 pounds.',
      'The appeal raised 1750 in a week.',
    ])
      assert.deepEqual(values(text), [], text);
  });

  it('leaves relative dates relative without a publication date, and never uses today', () => {
    const text =
      'Shelling resumed Tuesday night, three days ago, and the militia was formed in 2011. They left last May.';
    const dates = findDates(buildContext(text, [], { published: null }));
    assert.deepEqual(
      dates.map((d) => d.value),
      [{ relative: 'Tuesday night' }, { relative: 'three days ago' }, '2011', { relative: 'last May' }],
    );
  });

  it('does not take counts, modal "may" or bare month-like words for dates', () => {
    const text =
      'The camp holds 2011 people and may close. The troops march north. They said 1500 percent more. Will they? The May government fell. The March went ahead. Members voted for May.';
    assert.deepEqual(findDates(buildContext(text, [], { published: PUBLISHED })), []);
  });

  it('takes no holiday used as a modifier or capitalised in a title for a date', () => {
    const text =
      'Sales of Christmas trees fell. The band released Last Christmas again. A Christmas card came.';
    assert.deepEqual(findDates(buildContext(text, [], { published: PUBLISHED })), []);
  });

  it('takes no date from a weekday any week may hold ("on a Sunday night", "every Monday")', () => {
    const text = 'Her rota came on a Sunday night. The depot shuts every Monday and each Friday afternoon.';
    assert.deepEqual(findDates(buildContext(text, [], { published: PUBLISHED })), []);
  });

  it('dates no clause outside a relative clause by the year inside it', () => {
    const cases: [string, string][] = [
      ['The council, which approved the plan in 2012, will vote on it in November.', '2014-11'],
      // A number's thousands comma does not end the clause.
      ['The buyer, who paid £4,500 for the van in 2012, will sell it in November.', '2014-11'],
    ];
    for (const [text, november] of cases)
      assert.deepEqual(
        findDates(buildContext(text, [], { published: PUBLISHED })).map((d) => [d.text, d.value]),
        [
          ['2012', '2012'],
          ['November', november],
        ],
      );
  });

  it('dates no month under a past participle by a year ahead named in the sentence before', () => {
    // The verb a date hangs on comes from the parse, as in analyze().
    const text =
      'Rents will rise next year. The council said the plan, agreed with tenants in September, would stand.';
    const ctx = buildContext(text, [], { published: PUBLISHED });
    annotate(ctx.doc);
    assert.deepEqual(
      findDates(ctx).map((d) => [d.text, d.value]),
      [
        ['next year', '2015'],
        ['September', '2014-09'],
      ],
    );
  });

  it('dates no deadline granted "until" a month by a year ahead named in the sentence before', () => {
    // Published in September: the deadline letters gave runs to the coming October, not to the year
    // the lede looked ahead to.
    const text =
      'Fees will double next year, the owners said. Letters had given them until the end of October to sign.';
    assert.deepEqual(
      findDates(buildContext(text, [], { published: '2014-09-25' })).map((d) => [d.text, d.value]),
      [
        ['next year', '2015'],
        ['the end of October', '2014-10'],
      ],
    );
  });

  it('dates nothing in the next sentence by a year the past perfect gave', () => {
    const text = 'The pier had been closed after a storm in 2011, the paper said. Repairs began in May.';
    assert.deepEqual(
      findDates(buildContext(text, [], { published: PUBLISHED })).map((d) => [d.text, d.value]),
      [
        ['2011', '2011'],
        ['May', '2014-05'],
      ],
    );
  });

  it('reads a day something had to be done on as the coming one', () => {
    const text = 'She said she had rent to pay on Friday.';
    assert.deepEqual(
      findDates(buildContext(text, [], { published: PUBLISHED })).map((d) => [d.text, d.value]),
      [['Friday', '2014-10-17']],
    );
  });

  it('reads months in a list as a run, whatever word opens it ("for October and November")', () => {
    const rows: [string, [string, string][]][] = [
      // November follows October: not last November, though the sentence looks back.
      [
        'Bookings for October and November had collapsed.',
        [
          ['October', '2014-10'],
          ['November', '2014-11'],
        ],
      ],
      // The year turns between December and January.
      [
        'Sales fell in December and January.',
        [
          ['December', '2013-12'],
          ['January', '2014-01'],
        ],
      ],
    ];
    for (const [text, want] of rows)
      assert.deepEqual(
        findDates(buildContext(text, [], { published: PUBLISHED })).map((d) => [d.text, d.value]),
        want,
        text,
      );
  });

  it('takes no date from a weekday naming what is held every such day ("her Sunday request show", "on Saturday mornings")', () => {
    const text =
      'He presents the station’s Sunday request show. She lost her Saturday job. The Friday market was moved. He would miss the Tuesday sales. "On a hot Saturday I sell out by noon," she said. It is busy on a typical Monday. The league lost half its Saturday fixtures and Sunday matches. The paper Tarvia Today reported it. Asked if they would play again, he said: "Not today." The crew would row on Saturday mornings. She swam on Tuesday evenings.';
    assert.deepEqual(findDates(buildContext(text, [], { published: PUBLISHED })), []);
  });

  it('takes no date from the end of a week or month an adverb of frequency makes a habit', () => {
    const text =
      'Registers were sometimes filled in at the end of the week. Rent is usually paid at the start of the month. The firm always closed its books by the end of the year.';
    assert.deepEqual(findDates(buildContext(text, [], { published: PUBLISHED })), []);
    const once = 'The registers were filled in at the end of the week.';
    assert.equal(findDates(buildContext(once, [], { published: PUBLISHED })).length, 1);
  });

  it('ties each date to its sentence and to the attribution that holds it', () => {
    const text = 'The bridge fell on Monday. A police officer said the driver had fled on Sunday night.';
    const ctx = buildContext(
      text,
      [
        {
          id: 'A1',
          source: 'A police officer',
          cue: 'said',
          lemma: 'say',
          content: ['the driver had fled on Sunday night'],
        },
      ],
      { published: PUBLISHED },
    );
    const dates = findDates(ctx);
    assert.deepEqual(
      dates.map((d) => [d.text, d.value, d.attribution, text.slice(d.sentence.start, d.sentence.end)]),
      [
        ['Monday', '2014-10-13', null, 'The bridge fell on Monday.'],
        ['Sunday night', '2014-10-12', 'A1', 'A police officer said the driver had fled on Sunday night.'],
      ],
    );
  });

  it('reads tense from the tagger: only present-tense verbs put an undated weekday ahead', () => {
    const tagged = (text: string, tags: Record<string, string>) => {
      const ctx = buildContext(text, [], { published: PUBLISHED });
      for (let i = 0; i < ctx.doc.length; i++) {
        const tag = tags[ctx.doc.word(i)];
        if (tag) ctx.doc.xpos[i] = XPOS_ID[tag];
      }
      return findDates(ctx).map((d) => d.value);
    };
    // Published on a Thursday: the coming Monday is the 20th, the last one the 13th.
    assert.deepEqual(
      tagged('The hearing, chaired by a judge, resumes on Monday.', { chaired: 'VBN', resumes: 'VBZ' }),
      ['2014-10-20'],
    );
    assert.deepEqual(tagged('The hearing resumed on Monday.', { resumed: 'VBD' }), ['2014-10-13']);
    assert.deepEqual(tagged('The hearing has resumed since Monday.', { has: 'VBZ', resumed: 'VBN' }), [
      '2014-10-13',
    ]);
    // A present perfect runs "until" a day ahead, unless a simple past in the sentence ended it.
    assert.deepEqual(
      tagged('The mill has shut its gates and stayed closed until Monday.', {
        has: 'VBZ',
        shut: 'VBN',
        stayed: 'VBD',
      }),
      ['2014-10-13'],
    );
    assert.deepEqual(
      tagged('The office has issued a flood alert until Monday.', { has: 'VBZ', issued: 'VBN' }),
      ['2014-10-20'],
    );
    assert.deepEqual(tagged('Talks stall in December.', { stall: 'VBP' }), ['2014-12']);
    assert.deepEqual(tagged('Talks stalled in December.', { stalled: 'VBD' }), ['2013-12']);
  });

  it('reads no calendar week in "until the last week" (the final one)', () => {
    const text = 'The shop kept its shelves full until the last week.';
    assert.deepEqual(findDates(buildContext(text, [], { published: PUBLISHED })), []);
  });

  it('gives a month read in the past no year ahead named just before', () => {
    const text =
      'Takings should recover next year. Staff had warned in September that the tills were failing.';
    assert.deepEqual(
      findDates(buildContext(text, [], { published: '2026-11-26' })).map((d) => [d.text, d.value]),
      [
        ['next year', '2027'],
        ['September', '2026-09'],
      ],
    );
  });

  it('gives undated months the year just named, and reads lists of months', () => {
    const text =
      'The pilots wrote three times last year. They wrote in February, June and again in September.';
    assert.deepEqual(
      findDates(buildContext(text, [], { published: '2026-04-08' })).map((d) => [d.text, d.value]),
      [
        ['last year', '2025'],
        ['February', '2025-02'],
        ['June', '2025-06'],
        ['September', '2025-09'],
      ],
    );
  });

  it('gives a month no year from a year the text only compares with', () => {
    const text = 'Thefts fell by a third on the same months last year. A guard was hurt in June.';
    assert.deepEqual(
      findDates(buildContext(text, [], { published: '2026-11-20' })).map((d) => [d.text, d.value]),
      [
        ['last year', '2025'],
        ['June', '2025-06'],
      ],
    );
    const compared =
      'Thefts fell by a third against the months before than in the same months last year. A guard was hurt in June.';
    assert.deepEqual(
      findDates(buildContext(compared, [], { published: '2026-11-20' })).map((d) => [d.text, d.value]),
      [
        ['last year', '2025'],
        ['June', '2026-06'],
      ],
    );
    // A figure set against another year's ("41% full, against 68% in 2025") compares with that year.
    const against = 'The lakes are 41% full, against 68% at the same point in 2025. A ban began in June.';
    assert.deepEqual(
      findDates(buildContext(against, [], { published: '2026-11-20' })).map((d) => [d.text, d.value]),
      [
        ['2025', '2025'],
        ['June', '2026-06'],
      ],
    );
  });

  it('reads tense from the verb the parse hangs a weekday on, wherever that verb stands', () => {
    // [word, UPOS, XPOS, head word] per token; a weekday under a past verb looks back even when
    // what was said looks ahead.
    const parsed = (text: string, rows: [string, string, string, string | null][]) => {
      const ctx = buildContext(text, [], { published: PUBLISHED });
      const { doc } = ctx;
      assert.equal(doc.length, rows.length);
      rows.forEach(([word, upos, xpos, head], i) => {
        assert.equal(doc.word(i), word);
        doc.upos[i] = UPOS_ID[upos];
        doc.xpos[i] = XPOS_ID[xpos];
        doc.head[i] = head === null ? -1 : rows.findIndex((r) => r[0] === head);
      });
      return findDates(ctx).map((d) => d.value);
    };
    // Published on Thursday 16 October 2014: the last Saturday is the 11th, the next the 18th, the nearer.
    assert.deepEqual(
      parsed('Ruth told a meeting of tenants on Saturday that the firm would pay.', [
        ['Ruth', 'PROPN', 'NNP', 'told'],
        ['told', 'VERB', 'VBD', null],
        ['a', 'DET', 'DT', 'meeting'],
        ['meeting', 'NOUN', 'NN', 'told'],
        ['of', 'ADP', 'IN', 'tenants'],
        ['tenants', 'NOUN', 'NNS', 'meeting'],
        ['on', 'ADP', 'IN', 'Saturday'],
        ['Saturday', 'PROPN', 'NNP', 'told'],
        ['that', 'SCONJ', 'IN', 'pay'],
        ['the', 'DET', 'DT', 'firm'],
        ['firm', 'NOUN', 'NN', 'pay'],
        ['would', 'AUX', 'MD', 'pay'],
        ['pay', 'VERB', 'VB', 'told'],
        ['.', 'PUNCT', '.', 'told'],
      ]),
      ['2014-10-11'],
    );
    assert.deepEqual(
      parsed('Ruth said the firm would pay on Saturday.', [
        ['Ruth', 'PROPN', 'NNP', 'said'],
        ['said', 'VERB', 'VBD', null],
        ['the', 'DET', 'DT', 'firm'],
        ['firm', 'NOUN', 'NN', 'pay'],
        ['would', 'AUX', 'MD', 'pay'],
        ['pay', 'VERB', 'VB', 'said'],
        ['on', 'ADP', 'IN', 'Saturday'],
        ['Saturday', 'PROPN', 'NNP', 'pay'],
        ['.', 'PUNCT', '.', 'said'],
      ]),
      ['2014-10-18'],
    );
    // So does what "was due" in a month, whatever past verb the parse hangs it on.
    assert.deepEqual(
      parsed('Ruth said a ruling was due in December.', [
        ['Ruth', 'PROPN', 'NNP', 'said'],
        ['said', 'VERB', 'VBD', null],
        ['a', 'DET', 'DT', 'ruling'],
        ['ruling', 'NOUN', 'NN', 'was'],
        ['was', 'VERB', 'VBD', 'said'],
        ['due', 'ADJ', 'JJ', 'was'],
        ['in', 'ADP', 'IN', 'December'],
        ['December', 'PROPN', 'NNP', 'was'],
        ['.', 'PUNCT', '.', 'said'],
      ]),
      ['2014-12'],
    );
    // What "would be" so from a day looks ahead though the parse hangs the day on "said".
    assert.deepEqual(
      parsed('Ruth said the hall would be open from Saturday.', [
        ['Ruth', 'PROPN', 'NNP', 'said'],
        ['said', 'VERB', 'VBD', null],
        ['the', 'DET', 'DT', 'hall'],
        ['hall', 'NOUN', 'NN', 'open'],
        ['would', 'AUX', 'MD', 'open'],
        ['be', 'AUX', 'VB', 'open'],
        ['open', 'ADJ', 'JJ', 'said'],
        ['from', 'ADP', 'IN', 'Saturday'],
        ['Saturday', 'PROPN', 'NNP', 'said'],
        ['.', 'PUNCT', '.', 'said'],
      ]),
      ['2014-10-18'],
    );
  });

  it('reads a date inside a quotation in the tense of the quotation', () => {
    const text = '“We cannot keep the ferry running through February,” the skipper said.';
    const plain = 'The ferry ran through February, the skipper said.';
    const value = (t: string) => findDates(buildContext(t, [], { published: '2026-11-24' }))[0]?.value;
    const tagged = (t: string, tags: Record<string, string>) => {
      const ctx = buildContext(t, [], { published: '2026-11-24' });
      for (let i = 0; i < ctx.doc.length; i++) {
        const tag = tags[ctx.doc.word(i)];
        if (tag) ctx.doc.xpos[i] = XPOS_ID[tag];
      }
      return findDates(ctx)[0]?.value;
    };
    assert.equal(tagged(text, { can: 'MD', keep: 'VB', said: 'VBD' }), '2027-02');
    assert.equal(tagged(plain, { ran: 'VBD', said: 'VBD' }), '2026-02');
    assert.equal(value(plain), '2026-02');
  });

  it('only reads the body', () => {
    const text = 'Published Tuesday\n\nThe strike began on Monday.';
    const body = [{ start: text.indexOf('The strike'), end: text.length }];
    const dates = findDates(buildContext(text, [], { published: PUBLISHED, body }));
    assert.deepEqual(
      dates.map((d) => d.text),
      ['Monday'],
    );
  });

  it('computes ISO weeks across year ends', () => {
    assert.equal(formatWeek(parseYmd('2015-01-01')!), '2015-W01');
    assert.equal(formatWeek(parseYmd('2016-01-03')!), '2015-W53');
    assert.equal(formatWeek(parseYmd('2014-12-29')!), '2015-W01');
    assert.equal(parseYmd('2014-02-30'), null);
  });

  it('keeps spans exact and values well-formed for any text', () => {
    const iso = /^\d{4}(?:-\d{2}(?:-\d{2})?|-W\d{2})?$/;
    fc.assert(
      fc.property(
        fc.array(
          fc.constantFrom(
            'on',
            'Monday',
            'last',
            'May',
            'in',
            '2011',
            'Sept.',
            '11',
            ',',
            'ago',
            'three',
            'days',
            'week',
            'x',
            '.',
          ),
          { maxLength: 30 },
        ),
        fc.boolean(),
        (words, withDate) => {
          const text = words.join(' ');
          for (const d of findDates(buildContext(text, [], { published: withDate ? PUBLISHED : null }))) {
            assert.equal(text.slice(d.start, d.end), d.text);
            if (typeof d.value === 'string') assert.match(d.value, iso);
            else assert.equal(d.value.relative, d.text);
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});
