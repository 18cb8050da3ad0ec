import fastifyStatic from '@fastify/static';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { AppInstance } from '../../app';
import { renderLandingPage } from '../landing/landing-page';
import { registerPublic } from '../route-auth';

const docxIn = (dir: string) => (existsSync(dir) ? readdirSync(dir).filter((n) => n.toLowerCase().endsWith('.docx')).sort() : []);

/** `/`: a small Danish page for a newcomer, and the templates and sample contracts it links to (files, no data). */
export async function landingRoutes(app: AppInstance) {
  const { config } = app.deps;
  const templatesDir = path.resolve(config.assetsDir, 'templates');
  const examplesDir = path.resolve(config.assetsDir, 'examples');
  const builtPage = (dir: string, page: string) => existsSync(path.resolve(config.distDir, dir, page));

  app.get('/', { schema: { hide: true }, config: { public: true } }, async (_req, reply) => {
    const html = renderLandingPage({
      version: app.deps.version,
      devMode: config.auth.mode === 'dev',
      built: { addin: builtPage('addin', 'taskpane.html'), teams: builtPage('teams', 'index.html'), revision: builtPage('revision', 'index.html') },
      templates: docxIn(templatesDir),
      examples: docxIn(examplesDir),
    });
    return reply.type('text/html; charset=utf-8').header('cache-control', 'no-cache').send(html);
  });

  await registerPublic(app, async (scope) => {
    for (const [prefix, root] of [['/skabeloner/', templatesDir], ['/eksempler/', examplesDir]] as const) {
      if (!existsSync(root)) continue;
      // Downloads, not pages: Word opens them; no directory listing.
      await scope.register(fastifyStatic, {
        root, prefix, decorateReply: false, index: false, list: false,
        setHeaders: (reply) => { reply.header('content-disposition', 'attachment'); },
      });
    }
  });
}
