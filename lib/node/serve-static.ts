import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, normalize, resolve, sep } from 'node:path';

/** A running static server: its base URL (no trailing slash) and a way to stop it. */
export type StaticServer = { baseUrl: string; close: () => Promise<void> };

export type ServeStaticOptions = {
  /** Port to listen on; 0 (the default) lets the system pick a free one. */
  port?: number;
  /**
   * Maps a request path the folder has no file for to a file in the folder ("/spa/next" to
   * "spa.html"), for pages that change their URL with history.pushState; undefined for 404.
   */
  route?: (pathname: string) => string | undefined;
};

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
};

/** The file under `root` that `pathname` names, or null when it would leave `root`. */
function fileFor(root: string, pathname: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const file = resolve(root, `.${normalize(`/${decoded}`)}`);
  return file === root || file.startsWith(root + sep) ? file : null;
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

function send(response: ServerResponse, status: number, text: string): void {
  response.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' });
  response.end(`${text}\n`);
}

async function answer(
  root: string,
  options: ServeStaticOptions,
  request: IncomingMessage,
  response: ServerResponse,
): Promise<void> {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    send(response, 405, 'method not allowed');
    return;
  }
  const { pathname } = new URL(request.url ?? '/', 'http://localhost');
  let file = fileFor(root, pathname.endsWith('/') ? `${pathname}index.html` : pathname);
  if (file === null) {
    send(response, 403, 'forbidden');
    return;
  }
  if (!(await isFile(file))) {
    const routed = options.route?.(pathname);
    file = routed === undefined ? null : fileFor(root, routed);
    if (file === null || !(await isFile(file))) {
      send(response, 404, `not found: ${pathname}`);
      return;
    }
  }
  response.writeHead(200, {
    'content-type': CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
    // Fixtures change while tests run; a browser must never answer from its cache.
    'cache-control': 'no-store',
  });
  if (request.method === 'HEAD') {
    response.end();
    return;
  }
  createReadStream(file)
    .on('error', () => response.destroy())
    .pipe(response);
}

/**
 * Serves the files under `root` on 127.0.0.1 (never on other interfaces). Resolves once the
 * server listens. Paths that would leave `root` get 403, missing files 404 (unless `route`
 * names another file), and only GET and HEAD are answered. `close()` also ends kept-alive
 * connections, so it never waits on an idle browser.
 */
export async function serveStatic(
  root: string,
  options: ServeStaticOptions = {},
): Promise<StaticServer> {
  const folder = resolve(root);
  const server = createServer((request, response) => {
    answer(folder, options, request, response).catch(() => {
      if (!response.headersSent) send(response, 500, 'internal error');
      else response.destroy();
    });
  });
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      server.off('error', fail);
      done();
    });
  });
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((done) => {
        server.close(() => done());
        server.closeAllConnections();
      }),
  };
}
