/** Builds WARC and feed files in our own words for reader and CLI tests. */
import { WARCRecord, WARCSerializer } from 'warcio';

export const WARC_PAGE_TEXT =
  'The lighthouse keeper on Gull Rock, Maren Osei, said the lamp had failed twice during the storm. ' +
  'Coastguard officials said a replacement lens would arrive by boat on Thursday.';

export async function warcBytes(): Promise<Uint8Array> {
  const page = `<!doctype html><html><head><title>Gull Rock lamp failed in storm</title>
<meta property="og:site_name" content="Island Gazette"></head>
<body><article><h1>Gull Rock lamp failed in storm</h1><p>${WARC_PAGE_TEXT}</p></article></body></html>`;
  const encoder = new TextEncoder();
  const records = [
    WARCRecord.create(
      {
        url: 'https://island-gazette.example/gull-rock',
        type: 'response',
        statusline: 'HTTP/1.1 200 OK',
        httpHeaders: { 'Content-Type': 'text/html; charset=utf-8' },
      },
      [encoder.encode(page)],
    ),
    // Not an article: an image response is passed over.
    WARCRecord.create(
      {
        url: 'https://island-gazette.example/logo.png',
        type: 'response',
        statusline: 'HTTP/1.1 200 OK',
        httpHeaders: { 'Content-Type': 'image/png' },
      },
      [new Uint8Array([0x89, 0x50, 0x4e, 0x47])],
    ),
  ];
  const parts = await Promise.all(records.map((r) => WARCSerializer.serialize(r, { gzip: false })));
  return Buffer.concat(parts);
}

export const RSS_FEED = `<?xml version="1.0"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>Valley Courier</title>
<item><title>Mill to close</title><link>https://valley-courier.example/mill</link>
<pubDate>Tue, 03 Jun 2025 09:00:00 GMT</pubDate><dc:creator>Sam Ridley</dc:creator>
<description>&lt;p&gt;The owner of the Bracken mill, Joan Pike, said the site would close in August after forty years.&lt;/p&gt;</description></item>
<item><title>Teaser</title><link>https://valley-courier.example/short</link><description>Soon.</description></item>
</channel></rss>`;

export const ATOM_FEED = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Harbor Post</title>
<entry><title>Ferry fares rise</title><link href="https://harbor-post.example/fares"/>
<published>2025-05-20T08:00:00Z</published><author><name>Lee Grant</name></author>
<content type="html">&lt;p&gt;The ferry company raised fares by a tenth on Monday, its chief executive Omar Reyes said, blaming fuel costs.&lt;/p&gt;</content></entry>
</feed>`;
