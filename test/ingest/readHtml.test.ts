import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { readHtml } from '../../src/ingest/readHtml.js';

const page = (head: string, body: string) =>
  `<!DOCTYPE html><html><head>${head}</head><body>${body}</body></html>`;

const STORY = `<article><h1>Tram Line Extension Opens</h1>
<p class="byline">By <a href="/a/mira">Mira Sorensen</a></p>
<p>The extended tram line opened to passengers on Saturday, adding four stops between the station and the new hospital.</p>
<figure><img src="t.jpg"><figcaption>A tram at the new terminus. Photo: staff</figcaption></figure>
<p>&ldquo;It took nine years,&rdquo; said the transport councillor, Edda&nbsp;Holm. &ldquo;It was worth every one.&rdquo;</p>
<p>Ridership is expected to reach 12,000 a day by the end of the year, according to the city&rsquo;s forecast.</p>
</article>`;

describe('readHtml', () => {
  it('extracts paragraphs one per line, title first, captions and chrome left out', () => {
    const html = page(
      '<title>Tram Line Extension Opens | City Wire</title>',
      `<nav><a href="/">Home</a> <a href="/sport">Sport</a></nav>${STORY}<footer>© 2026 City Wire</footer>`,
    );
    const a = readHtml(html, 'tram.html');
    assert.ok(!('error' in a));
    const paragraphs = a.text.split('\n\n');
    assert.equal(paragraphs[0], a.title);
    assert.match(a.title ?? '', /^Tram Line Extension Opens/);
    assert.ok(paragraphs.some((p) => p.startsWith('The extended tram line opened')));
    assert.ok(!a.text.includes('Photo: staff'), 'figure caption excluded');
    assert.ok(!a.text.includes('Home'), 'navigation excluded');
    assert.ok(
      a.text.includes('“It took nine years,” said the transport councillor, Edda\u00a0Holm.'),
      'entities decoded, NBSP kept',
    );
    assert.ok(!a.text.includes('\n\n\n'));
  });

  it('keeps the printed headline when the metadata title adds a site suffix', () => {
    const html = page(
      '<meta property="og:title" content="Tram Line Extension Opens | City Wire">',
      '<article><h1>Tram Line Extension Opens</h1><p>The extended tram line opened to passengers on Saturday, adding four stops between the station and the new hospital.</p></article>',
    );
    const a = readHtml(html, 'x');
    assert.ok(!('error' in a));
    assert.equal(a.title, 'Tram Line Extension Opens');
    assert.equal(a.text.split('Tram Line Extension Opens').length, 2, 'headline once');
  });

  it('reads metadata from JSON-LD before meta tags', () => {
    const head = `<meta name="author" content="Someone Else">
      <meta property="og:url" content="https://example.test/og">
      <script type="application/ld+json">{"@context":"https://schema.org","@graph":[
        {"@type":"WebSite","name":"City Wire"},
        {"@type":"NewsArticle","headline":"Tram Line Extension Opens","datePublished":"2026-03-07T18:00:00+01:00",
         "author":[{"@type":"Person","name":"Mira Sorensen"},{"@type":"Person","name":"Jon Dahl"}],
         "publisher":{"@type":"Organization","name":"City Wire"},"url":"https://example.test/tram"}]}</script>`;
    const a = readHtml(page(head, STORY), 'x');
    assert.ok(!('error' in a));
    assert.equal(a.title, 'Tram Line Extension Opens');
    assert.deepEqual(a.byline, ['Mira Sorensen', 'Jon Dahl']);
    assert.equal(a.published, '2026-03-07');
    assert.equal(a.outlet, 'City Wire');
    assert.equal(a.url, 'https://example.test/tram');
  });

  it('falls back to meta tags, canonical link and <time>', () => {
    const head = `<meta name="author" content="Mira Sorensen">
      <meta property="og:site_name" content="City Wire">
      <link rel="canonical" href="https://example.test/canonical">
      <script type="application/ld+json">{ broken json </script>`;
    const body = STORY.replace('</h1>', '</h1><time datetime="2026-03-08">8 March</time>');
    const a = readHtml(page(head, body), 'x');
    assert.ok(!('error' in a));
    assert.deepEqual(a.byline, ['Mira Sorensen']);
    assert.equal(a.published, '2026-03-08');
    assert.equal(a.url, 'https://example.test/canonical');
    assert.equal(a.outlet, 'City Wire');
  });

  it('keeps only plausible names from a page byline', () => {
    const body = STORY.replace(
      'By <a href="/a/mira">Mira Sorensen</a>',
      'By Mira Sorensen, Staff Writer | Email the author',
    );
    const a = readHtml(page('<title>Tram Line Extension Opens</title>', body), 'x');
    assert.ok(!('error' in a));
    assert.deepEqual(a.byline, ['Mira Sorensen']);
  });

  it('ignores author meta values that are profile URLs', () => {
    const head = '<meta property="article:author" content="https://social.example/mira">';
    const a = readHtml(page(head, STORY), 'x');
    assert.ok(!('error' in a));
    assert.ok(!(a.byline ?? []).some((n) => n.startsWith('http')));
  });

  it('reads malformed HTML: unclosed tags, no head, stray text', () => {
    const a = readHtml(
      '<div><p>The harbour reopened on Sunday <b>after the storm<p>Fishing boats returned by noon.<div>Stray',
      'x',
    );
    assert.ok(!('error' in a), JSON.stringify(a));
    assert.match(a.text, /harbour reopened on Sunday after the storm/);
    assert.match(a.text, /Fishing boats returned by noon\./);
  });

  it('never throws on random markup', () => {
    const tag = fc.constantFrom(
      '<p>',
      '</p>',
      '<div>',
      '<article>',
      '<h1>',
      '<script>',
      '<nav>',
      '<br>',
      '<!--',
      '-->',
      '<',
      '>',
      '&amp;',
      '&nbsp;',
      '&#xD800;',
      '<meta charset=x>',
    );
    fc.assert(
      fc.property(fc.array(fc.oneof(tag, fc.string({ maxLength: 30 })), { maxLength: 40 }), (parts) => {
        const r = readHtml(parts.join(''), 'fuzz');
        assert.ok('error' in r ? r.error.length > 0 : typeof r.text === 'string' && r.text.trim().length > 0);
      }),
      { numRuns: 200 },
    );
  });

  it('fails with one line when the page has no text at all', () => {
    const a = readHtml(
      page('<title></title>', '<nav><a href="/">Home</a></nav><script>var x = 1;</script>'),
      'x',
    );
    assert.ok('error' in a && /no article text/.test(a.error));
  });
});
