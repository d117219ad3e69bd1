import { Type } from '@sinclair/typebox';
import { AnalysisSchema } from './analysis.js';
import { errorResponses, IsoDate } from './common.js';

export const AnalyzeBody = Type.Object(
  {
    text: Type.Optional(Type.String({ description: 'Plain article text.' })),
    html: Type.Optional(Type.String({ description: 'An HTML page; the article is extracted from it.' })),
    url: Type.Optional(
      Type.String({
        maxLength: 2048,
        description: 'An http(s) URL to fetch (private addresses are refused).',
      }),
    ),
    title: Type.Optional(Type.String({ maxLength: 1000 })),
    published: Type.Optional(IsoDate('Publication date, to resolve relative dates.')),
  },
  { additionalProperties: false },
);

export const analyzeSchema = {
  summary: 'Analyse one article',
  description:
    'JSON {text|html|url, title?, published?}, or the raw article as text/plain or text/html. Rate limited per client.',
  tags: ['analysis'],
  consumes: ['application/json', 'text/plain', 'text/html'],
  body: AnalyzeBody,
  response: { 200: AnalysisSchema, ...errorResponses(403, 413, 415, 422, 429, 502, 503) },
};
