// Cost of the claims, dates, disputes and scorecard stages against the rest of analyze(), over BBC News
// texts (research use: benchmark only). Peers measured in the same run: the upstream stages (segment,
// Doc, annotate, entities, attributions), i.e. analyze() as it was before these stages did any work.
// Writes bench/results/claims.json.
import '../src/runtime/hugePages.js';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { computeScorecard } from '../src/analysis/scorecard.js';
import { extractAttributions } from '../src/extract/attributions/index.js';
import { findClaims } from '../src/extract/claims/index.js';
import type { ExtractionContext } from '../src/extract/context.js';
import { findDates } from '../src/extract/dates/index.js';
import { findDisputes } from '../src/extract/disputes/index.js';
import { extractEntities } from '../src/extract/entities/index.js';
import { segmentArticle } from '../src/ingest/segment.js';
import { makeDoc } from '../src/language/index.js';
import { annotate } from '../src/language/pipeline.js';
import { packageRoot } from '../src/paths.js';
import { readBbcTexts } from './bbcTexts.js';

const PER_TOPIC = 60;
const ROUNDS = 3;
/** A fixed reference date so relative dates resolve (BBC texts are from 2004-05). */
const PUBLISHED = '2005-03-15';

const texts = readBbcTexts({ perTopic: PER_TOPIC });

const now = () => performance.now();
const t = { upstream: 0, dates: 0, claims: 0, disputes: 0, scorecard: 0 };
let chars = 0;
let counts = { claims: 0, dates: 0, disputes: 0, attributions: 0 };
// The first call loads the check-worthiness model: timed apart from the steady state.
const loadStart = now();
findClaims({
  doc: makeDoc('Warm up.'),
  article: segmentArticle({ input: 'warm', text: 'Warm up.' }),
  published: null,
  entities: [],
  attributions: [],
  claims: [],
});
const modelLoadMs = now() - loadStart;

for (let round = 0; round < ROUNDS; round++) {
  counts = { claims: 0, dates: 0, disputes: 0, attributions: 0 };
  for (const text of texts) {
    if (round === 0) chars += text.length;
    let s = now();
    const article = segmentArticle({ input: 'bbc', text, published: PUBLISHED });
    const doc = makeDoc(text, article.body);
    annotate(doc);
    const ctx: ExtractionContext = {
      doc,
      article,
      published: PUBLISHED,
      entities: [],
      attributions: [],
      claims: [],
    };
    ctx.entities = extractEntities(ctx);
    ctx.attributions = extractAttributions(ctx);
    t.upstream += now() - s;
    s = now();
    const dates = findDates(ctx);
    t.dates += now() - s;
    s = now();
    ctx.claims = findClaims(ctx);
    t.claims += now() - s;
    s = now();
    const disputes = findDisputes(ctx);
    t.disputes += now() - s;
    s = now();
    computeScorecard(ctx.entities, ctx.attributions, ctx.claims, disputes);
    t.scorecard += now() - s;
    counts.claims += ctx.claims.length;
    counts.dates += dates.length;
    counts.disputes += disputes.length;
    counts.attributions += ctx.attributions.length;
  }
}

const runs = texts.length * ROUNDS;
const per = (ms: number) => Math.round((ms / runs) * 1000) / 1000;
const mine = t.dates + t.claims + t.disputes + t.scorecard;
const result = {
  articles: texts.length,
  rounds: ROUNDS,
  meanChars: Math.round(chars / texts.length),
  msPerArticle: {
    upstream: per(t.upstream),
    dates: per(t.dates),
    claims: per(t.claims),
    disputes: per(t.disputes),
    scorecard: per(t.scorecard),
    claimsDatesDisputesScorecard: per(mine),
  },
  modelLoadMs: Math.round(modelLoadMs),
  /** analyze() throughput with these stages relative to without them (1 = no cost). */
  throughputRatio: Math.round((t.upstream / (t.upstream + mine)) * 1000) / 1000,
  perArticle: {
    claims: Math.round((counts.claims / texts.length) * 10) / 10,
    dates: Math.round((counts.dates / texts.length) * 10) / 10,
    disputes: Math.round((counts.disputes / texts.length) * 100) / 100,
    attributions: Math.round((counts.attributions / texts.length) * 10) / 10,
  },
  peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
};
console.log(`${texts.length} BBC articles × ${ROUNDS} rounds, mean ${result.meanChars} characters`);
console.log('stage'.padEnd(34) + 'ms/article');
for (const [k, v] of Object.entries(result.msPerArticle)) console.log(k.padEnd(34) + v.toFixed(3));
console.log(`check-worthiness model load (once): ${result.modelLoadMs} ms`);
console.log(`throughput with these stages / without: ${result.throughputRatio} (issue 5 requires ≥ 0.85)`);
console.log(`per article: ${JSON.stringify(result.perArticle)}; peak RSS ${result.peakRssMb} MB`);
mkdirSync(join(packageRoot, 'bench', 'results'), { recursive: true });
writeFileSync(join(packageRoot, 'bench', 'results', 'claims.json'), JSON.stringify(result, null, 2) + '\n');
