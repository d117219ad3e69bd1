import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import type { ArticleInfo } from '../../src/analysis/types.js';
import type { ArticleInput } from '../../src/ingest/article.js';
import { segmentArticle } from '../../src/ingest/segment.js';

const lines = (...ls: string[]) => ls.join('\n\n');
const slice = (text: string, r: { start: number; end: number }) => text.slice(r.start, r.end);
const removedOf = (text: string, info: ArticleInfo, reason: string) =>
  info.removed.filter((r) => r.reason === reason).map((r) => slice(text, r));
const bodyOf = (text: string, info: ArticleInfo) => info.body.map((r) => slice(text, r));

function assertWellFormed(text: string, info: ArticleInfo) {
  const ranges = [...info.body, ...info.removed].sort((a, b) => a.start - b.start);
  let previous = 0;
  for (const r of ranges) {
    assert.ok(r.start >= previous, `range ${r.start}-${r.end} overlaps or is out of order`);
    assert.ok(r.end >= r.start && r.end <= text.length, `range ${r.start}-${r.end} outside the text`);
    previous = r.end;
  }
  for (const list of [info.body, info.removed]) {
    for (let i = 1; i < list.length; i++)
      assert.ok(list[i].start >= list[i - 1].end, 'list not in text order');
  }
  if (info.title) assert.equal(slice(text, info.title), info.title.text);
  for (const b of info.byline) if (b.start !== null) assert.equal(text.slice(b.start, b.end!), b.name);
}

interface Case {
  name: string;
  article: Partial<ArticleInput> & { text: string };
  title?: string | null;
  byline?: string[];
  removed?: Record<string, string[]>;
  bodyFirst?: string;
  bodyLast?: string;
  published?: string | null;
  outlet?: string | null;
}

const cases: Case[] = [
  {
    name: 'title line, repeated headline, byline, bio and footer',
    article: {
      text: lines(
        'Lighthouse Keeper Retires After Forty Years',
        'Lighthouse Keeper Retires After Forty Years',
        'By Morag Lindsay',
        'PORTREE, Scotland — The last keeper of the Ardmore light handed over his keys on Friday, ending a job his family had held since the war.',
        '“The sea does not care who is watching,” he said.',
        'Morag Lindsay is a reporter for the Skye Courier.',
        'Share this story',
        'Comments',
        '© 2026 Skye Courier. All rights reserved.',
      ),
    },
    title: 'Lighthouse Keeper Retires After Forty Years',
    byline: ['Morag Lindsay'],
    removed: {
      'repeated-title': ['Lighthouse Keeper Retires After Forty Years'],
      byline: ['By Morag Lindsay'],
      'author-bio': ['Morag Lindsay is a reporter for the Skye Courier.'],
      boilerplate: ['Share this story\n\nComments\n\n© 2026 Skye Courier. All rights reserved.'],
      dateline: ['PORTREE, Scotland — '],
    },
    bodyFirst: 'The last keeper',
    bodyLast: '“The sea does not care',
  },
  {
    name: 'two authors with a role suffix',
    article: {
      text: lines(
        'Orchard Growers Count Frost Losses',
        'By Ana Ruiz and Tom Becker, Staff Writers',
        'Growers across the valley said on Monday that the late frost had destroyed up to half of the blossom in some orchards this spring.',
      ),
    },
    byline: ['Ana Ruiz', 'Tom Becker'],
  },
  {
    name: 'name | outlet byline and an Updated timestamp',
    article: {
      text: lines(
        'Bridge Repairs Delayed Again',
        'Priya Nair | Riverside Times',
        'Updated: 14 March 2026, 10:05 GMT',
        'Repairs to the old swing bridge will not finish before the summer, the county engineer told councillors at a meeting on Wednesday evening.',
      ),
    },
    byline: ['Priya Nair'],
    outlet: 'Riverside Times',
    published: '2026-03-14',
    removed: { byline: ['Priya Nair | Riverside Times', 'Updated: 14 March 2026, 10:05 GMT'] },
  },
  {
    name: 'a date after the byline names is the publication date, not a name',
    article: {
      text: lines(
        'Museum Returns Carved Panels',
        'By Kofi Mensah and Lena Vogt on March 3, 2026',
        'The museum returned four carved wooden panels to the village they were taken from more than a century ago.',
      ),
    },
    byline: ['Kofi Mensah', 'Lena Vogt'],
    published: '2026-03-03',
  },
  {
    name: 'where a reporter filed from is no part of the byline name',
    article: {
      text: lines(
        'Glacier Retreat Closes Mountain Pass',
        'By Ada Lindqvist in Tromsdal and Piet Vermeer in Haarlem',
        'The pass was closed to walkers after a section of the glacier above it gave way on Monday.',
      ),
    },
    byline: ['Ada Lindqvist', 'Piet Vermeer'],
  },
  {
    name: 'a section header with a bar is not a byline',
    article: {
      text: lines(
        'Ceasefire Talks Resume',
        'Middle East | World News',
        'Negotiators returned to the table on Sunday after a pause of two weeks, officials from both delegations said in separate statements.',
      ),
    },
    byline: [],
    outlet: null,
  },
  {
    name: 'no byline: the bio supplies the author',
    article: {
      text: lines(
        'Why Small Ports Matter',
        'Small ports carry a surprising share of regional trade, and their upkeep is often the first thing cut when budgets tighten in lean years.',
        'Jonas Albrecht is the executive director of the Coastal Trade Institute.',
        "Please let us know if you're having issues with commenting.",
      ),
    },
    byline: ['Jonas Albrecht'],
    removed: {
      'author-bio': ['Jonas Albrecht is the executive director of the Coastal Trade Institute.'],
      boilerplate: ["Please let us know if you're having issues with commenting."],
    },
  },
  {
    name: 'a section label between headline and byline, and two bio lines without a byline',
    article: {
      text: lines(
        'Tide Gauges Show Faster Rise',
        'Climate',
        'Posted 2 June 2026',
        'Tide gauges along the coast recorded a faster rise in sea level over the past decade than in the three decades before it.',
        'Ines Carvalho is a science correspondent for the Atlantic Review.',
        'Follow Ines Carvalho on Twitter @inesc',
      ),
    },
    byline: ['Ines Carvalho'],
    published: '2026-06-02',
    removed: {
      boilerplate: ['Climate'],
      byline: ['Posted 2 June 2026'],
      'author-bio': [
        'Ines Carvalho is a science correspondent for the Atlantic Review.',
        'Follow Ines Carvalho on Twitter @inesc',
      ],
    },
    bodyFirst: 'Tide gauges along the coast',
  },
  {
    name: 'bios that name a newsroom role without an article or a preposition after it',
    article: {
      text: lines(
        'Ferry Timetable Cut Again',
        'The island ferry will run twice a day from next month, down from four sailings, after a second vessel failed its safety inspection.',
        "Iona Blackwood is the Harbour Record's transport correspondent.",
        'Dev Mistry is environment reporter at the Harbour Record.',
        '© 2026 Harbour Record. All rights reserved.',
      ),
    },
    byline: ['Iona Blackwood', 'Dev Mistry'],
    removed: {
      'author-bio': [
        "Iona Blackwood is the Harbour Record's transport correspondent.",
        'Dev Mistry is environment reporter at the Harbour Record.',
      ],
      boilerplate: ['© 2026 Harbour Record. All rights reserved.'],
    },
  },
  {
    name: 'a closing sentence about someone in the story is not a bio',
    article: {
      text: lines(
        'Mayor Opens New Market Hall',
        'Mayor Ruth Sandoval opened the rebuilt market hall on Saturday, three years after a fire destroyed the original building and most of the stalls.',
        'Ruth Sandoval is the first mayor of the town to serve three terms.',
      ),
    },
    byline: [],
    removed: {},
    bodyLast: 'Ruth Sandoval is the first mayor',
  },
  {
    name: 'inline advertisement and related lines go, the body after them stays',
    article: {
      text: lines(
        'Rail Strike Called Off',
        'Union leaders called off next week’s rail strike late on Tuesday after the operator improved its pay offer to drivers and guards.',
        'Advertisement',
        'Related: Commuters brace for a week of disruption',
        'Sign up for our daily newsletter',
        'Trains are expected to run normally from Thursday morning, although some early services may still be cancelled at short notice.',
      ),
    },
    removed: {
      boilerplate: [
        'Advertisement\n\nRelated: Commuters brace for a week of disruption\n\nSign up for our daily newsletter',
      ],
    },
    bodyLast: 'Trains are expected to run normally',
  },
  {
    name: 'photo credits and captions are removed as captions',
    article: {
      text: lines(
        'Wildfire Crews Gain Ground',
        'Firefighters said on Thursday that they had contained most of the blaze, which has burned through dry forest for almost a week.',
        'Photo: Dana Whitlock/AP',
        'A helicopter drops water near the ridge. (Getty Images)',
        'Residents of two villages were allowed to return home on Friday morning, the regional fire service said in a statement.',
      ),
    },
    removed: {
      caption: ['Photo: Dana Whitlock/AP', 'A helicopter drops water near the ridge. (Getty Images)'],
    },
    bodyLast: 'Residents of two villages',
  },
  {
    name: 'comment section after the footer start is removed whatever its length',
    article: {
      text: lines(
        'Library Extends Opening Hours',
        'The central library will open until nine in the evening on weekdays from next month, the council announced after a public consultation.',
        'Comments (2)',
        'I have been asking for this for years and I am delighted that someone finally listened to those of us who work late shifts every week.',
        'About time.',
      ),
    },
    removed: {
      boilerplate: [
        'Comments (2)\n\nI have been asking for this for years and I am delighted that someone finally listened to those of us who work late shifts every week.\n\nAbout time.',
      ],
    },
  },
  {
    name: 'metadata title found in the text; metadata author absent from the text has null offsets',
    article: {
      text: lines(
        'Local News',
        'Ferry Fares to Rise in April',
        'Fares on the island ferry will rise by six percent in April, the operator said, blaming higher fuel and insurance costs over the winter.',
      ),
      title: 'Ferry Fares to Rise in April',
      byline: ['Colm Byrne'],
    },
    title: 'Ferry Fares to Rise in April',
    byline: ['Colm Byrne'],
    removed: { boilerplate: ['Local News'] },
  },
  {
    name: 'a record whose own title is not in its hard-wrapped text: the first wrapped line is body',
    article: {
      text: 'Northgate Milling Co Ltd\nsaid it will close its river mill in June\nand move the work to its coastal plant.\n',
      title: 'NORTHGATE MILLING TO CLOSE RIVER MILL',
    },
    title: null,
    removed: {},
    bodyFirst: 'Northgate Milling Co Ltd',
  },
  {
    name: 'a metadata title with the site name after it still finds its headline line',
    article: {
      text: lines(
        'Harbour Dredging Starts Early',
        'Dredging of the inner harbour began a week early on Monday, the port authority said in a short statement.',
      ),
      title: 'Harbour Dredging Starts Early | The Coast Courier',
    },
    title: 'Harbour Dredging Starts Early',
  },
  {
    name: 'a navigation trail above the headline is furniture, not the title',
    article: {
      text: lines(
        'Home | News | Coast',
        'Sea Wall Funding Confirmed',
        'Sea Wall Funding Confirmed',
        'The county will receive the money it asked for to rebuild the sea wall, the treasury confirmed in a letter on Monday.',
      ),
    },
    title: 'Sea Wall Funding Confirmed',
    removed: { boilerplate: ['Home | News | Coast'], 'repeated-title': ['Sea Wall Funding Confirmed'] },
  },
  {
    name: 'a single paragraph has no title and is all body',
    article: {
      text: 'The council said on Monday that the road would reopen next week, after repairs to a collapsed drain.',
    },
    title: null,
    removed: {},
    bodyFirst: 'The council said on Monday',
  },
  {
    name: 'a first line ending in a full stop is not a title',
    article: {
      text: lines(
        'The council met on Monday.',
        'It agreed to repair the road before the winter, at a cost of about two million pounds over two years.',
      ),
    },
    title: null,
  },
  {
    name: 'CRLF line ends and indentation do not leak into ranges',
    article: {
      text: 'Storm Closes Schools\r\n\r\n   By Lee Park  \r\n\r\nSchools across the county closed on Friday as the storm brought down trees and power lines.\r\n',
    },
    title: 'Storm Closes Schools',
    byline: ['Lee Park'],
    removed: { byline: ['By Lee Park'] },
  },
];

describe('segmentArticle', () => {
  for (const c of cases) {
    it(c.name, () => {
      const article = { input: 't', ...c.article };
      const info = segmentArticle(article);
      const text = article.text;
      assertWellFormed(text, info);
      if (c.title !== undefined) assert.equal(info.title?.text ?? null, c.title);
      if (c.byline)
        assert.deepEqual(
          info.byline.map((b) => b.name),
          c.byline,
        );
      if (c.removed) {
        const reasons = new Set([...Object.keys(c.removed), ...info.removed.map((r) => r.reason)]);
        for (const reason of reasons) {
          if (reason === 'title') continue;
          assert.deepEqual(removedOf(text, info, reason), c.removed[reason] ?? [], `removed ${reason}`);
        }
      }
      const body = bodyOf(text, info);
      if (c.bodyFirst) assert.ok(body[0]?.startsWith(c.bodyFirst), `body starts ${JSON.stringify(body[0])}`);
      if (c.bodyLast)
        assert.ok(body.at(-1)?.startsWith(c.bodyLast), `body ends ${JSON.stringify(body.at(-1))}`);
      if (c.published !== undefined) assert.equal(info.published, c.published);
      if (c.outlet !== undefined) assert.equal(info.outlet, c.outlet);
    });
  }

  it('keeps metadata byline offsets null when the name is not in the text', () => {
    const info = segmentArticle({
      input: 't',
      text: lines(
        'Ferry Fares to Rise',
        'Fares will rise by six percent in April, the operator said on Tuesday.',
      ),
      byline: ['Colm Byrne'],
    });
    assert.deepEqual(info.byline, [{ name: 'Colm Byrne', start: null, end: null }]);
  });

  it("cuts the first paragraph's dateline off the body", () => {
    const text = lines(
      'Harbour Wall Collapses',
      'By Ines Duarte',
      'SETÚBAL, Portugal — A section of the old harbour wall collapsed overnight, damaging six fishing boats moored beside it.',
      'OFFICIALS — the harbour office among them — met on Tuesday.',
    );
    const info = segmentArticle({ input: 't', text });
    assert.deepEqual(removedOf(text, info, 'dateline'), ['SETÚBAL, Portugal — ']);
    assert.ok(bodyOf(text, info)[0].startsWith('A section of the old harbour wall'));
    assert.ok(bodyOf(text, info)[1].startsWith('OFFICIALS —'));
    assertWellFormed(text, info);
  });

  it('cuts a dateline with an agency and a date', () => {
    for (const [dateline, rest] of [
      ['TARROW (Reuters) - ', 'Dock workers struck on Monday.'],
      ['PASADENA, Calif., Jan. 4 (UPI) — ', 'Two labs merged.'],
    ]) {
      const text = lines('Labs Merge', dateline + rest);
      const info = segmentArticle({ input: 't', text });
      assert.deepEqual(removedOf(text, info, 'dateline'), [dateline]);
      assert.deepEqual(bodyOf(text, info), [rest]);
    }
  });

  it('never overlaps, never leaves the text, keeps order (random texts)', () => {
    const piece = fc.oneof(
      fc.constantFrom(
        'By Jane Roe',
        'Share this',
        'Advertisement',
        '© 2026 Example Post',
        'Comments',
        'Jane Roe is a correspondent for the Example Post.',
        'Published March 3, 2026',
        'Short Title Here',
        '',
        '   ',
        '\u00a0',
        '“Quoted,” she said.',
      ),
      fc.string({ unit: 'grapheme', maxLength: 80 }),
      fc.lorem({ maxCount: 30 }),
    );
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 14 }),
        fc.constantFrom('\n', '\n\n', '\r\n', '\n \n'),
        fc.option(fc.lorem({ maxCount: 5 })),
        (pieces, sep, title) => {
          const text = pieces.join(sep);
          const info = segmentArticle({ input: 'p', text, title });
          assertWellFormed(text, info);
          const covered = [...info.body, ...info.removed].reduce((n, r) => n + (r.end - r.start), 0);
          assert.ok(covered <= text.length);
        },
      ),
      { numRuns: 300 },
    );
  });

  const benghazi = '../shared/examples/benghazi-article.txt';
  it('recognises the structure of the shared example article', { skip: !existsSync(benghazi) }, () => {
    const text = readFileSync(benghazi, 'utf8');
    const info = segmentArticle({ input: benghazi, text });
    assertWellFormed(text, info);
    assert.ok(info.title, 'title found');
    const repeats = info.removed.filter((r) => r.reason === 'repeated-title');
    assert.equal(repeats.length, 1, 'title repeated once');
    assert.equal(slice(text, repeats[0]), info.title.text);
    assert.deepEqual(
      info.byline.map((b) => b.name),
      ['Tera Dahl'],
    );
    assert.equal(info.removed.filter((r) => r.reason === 'author-bio').length, 1);
    const footer = info.removed.filter((r) => r.reason === 'boilerplate');
    assert.equal(footer.length, 1);
    assert.equal(footer[0].end, text.trimEnd().length, 'footer runs to the end');
    const lastBody = info.body.at(-1)!;
    assert.ok(lastBody.end < info.removed.find((r) => r.reason === 'author-bio')!.start);
  });
});
