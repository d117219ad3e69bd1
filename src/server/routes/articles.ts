/** GET /api/articles (search, filters, paging) and GET /api/articles/:id (the stored analysis). */
import type { Static } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import type { RouteOptions } from '../context.js';
import { ApiError } from '../errors.js';
import { errorResponses, Page } from '../schemas/common.js';
import { ArticleDetail, ArticleQuery, ArticleSummary, NumericId } from '../schemas/corpus.js';

export async function articleRoutes(app: FastifyInstance, { ctx }: RouteOptions): Promise<void> {
  app.get(
    '/api/articles',
    {
      schema: {
        summary: 'List and search stored articles',
        tags: ['corpus'],
        querystring: ArticleQuery,
        response: { 200: Page(ArticleSummary, 'A page of articles, newest first.'), ...errorResponses() },
      },
    },
    async (request) => ctx.store.listArticles(request.query as Static<typeof ArticleQuery>),
  );

  app.get(
    '/api/articles/:id',
    {
      schema: {
        summary: 'One stored article with its analysis',
        tags: ['corpus'],
        params: NumericId,
        response: { 200: ArticleDetail, ...errorResponses(404) },
      },
    },
    async (request) => {
      const { id } = request.params as Static<typeof NumericId>;
      const article = await ctx.store.getArticle(Number(id));
      if (!article) throw new ApiError('NOT_FOUND', `No article ${id}.`);
      return article;
    },
  );
}
