import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { isPageRoute, locateDashboardBuild } from './dashboard-build.js';

export const DASHBOARD_PATH = '/dashboard';

/**
 * The page loads only its own scripts and talks only to this origin; ECharts sets inline styles on its nodes.
 * The token never leaves the page in a URL: it travels in the fragment, which browsers do not send.
 */
const PAGE_HEADERS = {
  'Content-Security-Policy':
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; " +
    "base-uri 'self'; form-action 'self'; frame-ancestors 'none'",
  'Referrer-Policy': 'no-referrer',
  'X-Content-Type-Options': 'nosniff',
  'Cache-Control': 'no-cache',
};

/**
 * Serves the dashboard's static build at /dashboard with an SPA fallback (any extension-less path answers index.html,
 * so a deep link such as /dashboard/projects/p-1 can be reloaded). Plain Fastify routes outside Nest: no auth guard on
 * the files — the page asks for a token and every data call carries it. Hashed assets are cached for a year.
 */
export async function serveDashboard(app: NestFastifyApplication, root: string = locateDashboardBuild()): Promise<void> {
  await app.register(
    async (scope: FastifyInstance) => {
      // decorateReply in this encapsulated scope only: the /docs UI registers its own copy of @fastify/static.
      await scope.register(fastifyStatic, { root, serve: false });
      scope.get('/', (_request, reply) => sendPage(reply, root));
      scope.get('/*', (request, reply) => {
        const relative = (request.params as { '*': string })['*'];
        if (isPageRoute(relative) || relative === 'index.html') return sendPage(reply, root);
        const hashed = relative.startsWith('assets/');
        return reply.sendFile(relative, { maxAge: hashed ? '365d' : 0, immutable: hashed });
      });
    },
    { prefix: DASHBOARD_PATH },
  );
}

function sendPage(reply: FastifyReply, root: string): FastifyReply {
  if (!existsSync(join(root, 'index.html'))) {
    return reply
      .status(404)
      .type('text/plain; charset=utf-8')
      .send('The dashboard is not built. Run `npm run build:dashboard` (or `npm run build`), then reload.\n');
  }
  return reply.headers(PAGE_HEADERS).sendFile('index.html', { cacheControl: false });
}
