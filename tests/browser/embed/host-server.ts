/**
 * A second local origin for the embed tests: a tiny HTTP server on another 127.0.0.1 port (another
 * origin than the app's `vite preview`), serving host pages from tests/browser/embed/pages and,
 * under /app/, the production build itself — each response with the Content-Security-Policy the
 * test asks for. Nothing leaves the machine.
 */
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

const PAGES = resolve('tests/browser/embed/pages');
const DIST = resolve('dist');
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.pbf': 'application/x-protobuf',
  '.pmtiles': 'application/octet-stream',
};

export interface HostServer {
  origin: string;
  /** Sets the Content-Security-Policy header sent with every response (null: none). */
  setCsp(policy: string | null): void;
  /** The app's origin, written into host pages where they say `%APP%`. */
  setApp(origin: string): void;
  close(): Promise<void>;
}

export async function startHostServer(): Promise<HostServer> {
  let csp: string | null = null;
  let app = '';
  const server: Server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    const [root, rest] = path.startsWith('/app/') ? [DIST, path.slice('/app/'.length) || 'index.html'] : [PAGES, path.slice(1)];
    const file = normalize(join(root, rest));
    if (!file.startsWith(root)) {
      response.writeHead(403).end();
      return;
    }
    try {
      const raw = await readFile(file);
      const body = root === PAGES && extname(file) === '.html' ? raw.toString('utf8').replaceAll('%APP%', app) : raw;
      const headers: Record<string, string> = { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' };
      if (csp) headers['content-security-policy'] = csp;
      response.writeHead(200, headers).end(body);
    } catch {
      response.writeHead(404, csp ? { 'content-security-policy': csp } : {}).end('not found');
    }
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('host server has no port');
  return {
    origin: `http://127.0.0.1:${address.port}`,
    setCsp: (policy) => (csp = policy),
    setApp: (origin) => (app = origin),
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}
