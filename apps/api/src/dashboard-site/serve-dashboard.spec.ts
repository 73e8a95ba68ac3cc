import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import Fastify, { type FastifyInstance } from 'fastify';
import { isPageRoute, locateDashboardBuild } from './dashboard-build.js';
import { serveDashboard } from './serve-dashboard.js';

interface Answer {
  statusCode: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** A raw GET over a real socket: the path is sent exactly as written (fetch would resolve the `..` first). */
function get(server: FastifyInstance, path: string): Promise<Answer> {
  const { port } = server.server.address() as AddressInfo;
  return new Promise((resolve, reject) => {
    request({ host: '127.0.0.1', port, path }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ statusCode: res.statusCode ?? 0, headers: res.headers, body }));
    })
      .on('error', reject)
      .end();
  });
}

const asApp = (server: FastifyInstance) =>
  ({ register: (plugin: never, options: never) => server.register(plugin, options) }) as unknown as NestFastifyApplication;

describe('serving the dashboard build at /dashboard', () => {
  let root: string;
  let fastify: FastifyInstance;

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'dashboard-build-'));
    mkdirSync(join(root, 'assets'));
    writeFileSync(join(root, 'index.html'), '<!doctype html><title>dashboard</title>');
    writeFileSync(join(root, 'assets', 'index-abc123.js'), 'console.log(1)');
    fastify = Fastify();
    // serveDashboard only registers a Fastify plugin: a bare Fastify stands in for the Nest application.
    await serveDashboard(asApp(fastify), root);
    await fastify.listen({ port: 0, host: '127.0.0.1' });
  });

  afterAll(async () => {
    await fastify.close();
    rmSync(root, { recursive: true, force: true });
  });

  it('answers the page for /dashboard and any page path under it (deep links reload), never cached, with a CSP', async () => {
    for (const url of ['/dashboard', '/dashboard/', '/dashboard/projects/prj-1', '/dashboard/customers/c%201']) {
      const res = await get(fastify, url);
      expect([url, res.statusCode, res.headers['content-type']]).toEqual([url, 200, 'text/html; charset=utf-8']);
      expect(res.body).toContain('<title>dashboard</title>');
      expect(res.headers['cache-control']).toBe('no-cache');
      expect(res.headers['content-security-policy']).toContain("script-src 'self'");
    }
  });

  it('serves hashed assets for a year, and a missing asset is a 404 rather than the page', async () => {
    const asset = await get(fastify, '/dashboard/assets/index-abc123.js');
    expect(asset.statusCode).toBe(200);
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    const missing = await get(fastify, '/dashboard/assets/gone.js');
    expect(missing.statusCode).toBe(404);
    expect(missing.body).not.toContain('<title>dashboard</title>');
  });

  it('never serves a file from outside the build', async () => {
    for (const url of ['/dashboard/../package.json', '/dashboard/%2e%2e/%2e%2e/package.json', '/dashboard/assets/..%2f..%2fpackage.json']) {
      const res = await get(fastify, url);
      expect([url, res.statusCode < 400]).toEqual([url, false]);
    }
  });

  it('says how to build it when there is no build, instead of an empty 404', async () => {
    const empty = Fastify();
    await serveDashboard(asApp(empty), join(root, 'nowhere'));
    await empty.listen({ port: 0, host: '127.0.0.1' });
    const res = await get(empty, '/dashboard/');
    expect(res.statusCode).toBe(404);
    expect(res.body).toContain('npm run build:dashboard');
    await empty.close();
  });
});

describe('where the build is', () => {
  it('is dist/dashboard at the repository root, from the sources and from the compiled output alike', () => {
    const repo = process.cwd();
    expect(locateDashboardBuild(join(repo, 'apps', 'api', 'src', 'dashboard'))).toBe(join(repo, 'dist', 'dashboard'));
    expect(locateDashboardBuild(join(repo, 'dist', 'apps', 'api', 'src', 'dashboard'))).toBe(join(repo, 'dist', 'dashboard'));
  });

  it('treats extension-less paths as pages and anything with an extension as a file', () => {
    expect(isPageRoute('projects/prj-1')).toBe(true);
    expect(isPageRoute('')).toBe(true);
    expect(isPageRoute('assets/index-abc.js')).toBe(false);
  });
});
