// A plain static file server, loopback only, for the tests, the benchmark and `npm start`: gzip via
// node:zlib for text types (the same for the app build and the bench's bare MapLibre page, so their
// transferred bytes compare), and (from the command line) the headers of the build's `_headers`
// file, as hosts that read it send them.
//
//   node bench/server.mjs <root> [port] [base]   (port 0 or none: any free port; prints the URL)
//
// It behaves like the plainest static server (python3 -m http.server): no rewrites and no `.html`
// added to a path. "/sources/" → sources/index.html; "/sources" (a folder) → a redirect to
// "/sources/", query kept; with a base ("/atlas"), only paths under it are served, from <root>.
// Hashed assets get a long cache lifetime, everything else `no-cache` with an ETag, so a repeat
// request is revalidated (304, no body). Compressed bodies are computed once per file and kept in memory.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { gzipSync, constants as zlibConstants } from 'node:zlib';
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';

export const GZIP_LEVEL = 6; // zlib's default, what most static hosts use

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.topojson': 'application/json; charset=utf-8',
  '.geojson': 'application/geo+json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.map': 'application/json; charset=utf-8'
};
// Already-compressed formats are sent as they are.
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.topojson', '.geojson', '.csv', '.txt', '.svg', '.ico', '.map']);
const IMMUTABLE = [/^\/_app\/immutable\//, /^\/assets\//];

async function kindOf(path) {
  try {
    const info = await stat(path);
    return info.isFile() ? 'file' : info.isDirectory() ? 'dir' : null;
  } catch {
    return null;
  }
}

/**
 * The blocks of a `_headers` file: a path (`/embed/`, or `/*` for a prefix) and the headers sent
 * for it. Every block that matches a path applies, in the file's order.
 */
async function headersFile(root) {
  let text = '';
  try {
    text = await readFile(join(root, '_headers'), 'utf8');
  } catch {
    return [];
  }
  const blocks = [];
  for (const line of text.split('\n')) {
    if (/^\//.test(line)) blocks.push({ path: line.trim(), headers: {} });
    const header = line.match(/^\s+([\w-]+):\s*(.+)$/);
    if (header && blocks.length) blocks.at(-1).headers[header[1]] = header[2].trim();
  }
  return blocks;
}

const headersFor = (blocks, pathname) =>
  Object.assign({}, ...blocks.filter(({ path }) => (path.endsWith('*') ? pathname.startsWith(path.slice(0, -1)) : pathname === path)).map((b) => b.headers));

/**
 * Starts a server for `root` on 127.0.0.1; resolves to { server, url, close(), log }, where `log`
 * gets one entry per response: path, status, content type, encoding, body and header bytes.
 */
export async function startServer(root, { port = 0, quiet = true, prefix = '', hostHeaders = false } = {}) {
  const base = resolve(root);
  // The benchmark leaves them out: the bare page it compares with has none.
  const headerBlocks = hostHeaders ? await headersFile(base) : [];
  const cache = new Map(); // path → { raw, gz, mtimeMs }
  const log = [];

  async function load(path) {
    const info = await stat(path);
    const hit = cache.get(path);
    if (hit && hit.mtimeMs === info.mtimeMs) return hit;
    const raw = await readFile(path);
    const entry = {
      raw,
      gz: COMPRESSIBLE.has(extname(path)) ? gzipSync(raw, { level: GZIP_LEVEL, strategy: zlibConstants.Z_DEFAULT_STRATEGY }) : null,
      mtimeMs: info.mtimeMs,
      etag: `"${createHash('sha1').update(raw).digest('base64url').slice(0, 20)}"`
    };
    cache.set(path, entry);
    return entry;
  }

  /**
   * The file for a path with the path it stands for (`site`, decoded, prefix included: what the
   * `_headers` blocks and the cache rule are matched against), `{ redirect }` for a folder asked
   * for without its slash, or null. Only canonical paths are served: an alias of a page (`//sources/`,
   * `/x/../sources/`, an encoded slash) would slip past its headers, and `//host/…` in a redirect
   * would send the reader to another site.
   */
  async function resolvePath(pathname) {
    if (prefix && pathname === prefix) return { redirect: `${prefix}/` };
    if (prefix && !pathname.startsWith(`${prefix}/`)) return null;
    const inside = pathname.slice(prefix.length);
    let decoded;
    try {
      decoded = decodeURIComponent(inside);
    } catch {
      return null;
    }
    if (/%2f|%5c/i.test(inside) || decoded.includes('\\') || /\/\/|\/\.\.?(\/|$)/.test(decoded) || normalize(decoded) !== decoded) return null;
    const full = join(base, decoded);
    if (full !== base && !full.startsWith(base + sep)) return null;
    const site = `${prefix}${decoded}`;
    const kind = await kindOf(full);
    if (kind === 'file' && !decoded.endsWith('/')) return { file: full, site };
    if (kind === 'dir' && !decoded.endsWith('/')) return { redirect: `${pathname}/` };
    if (kind === 'dir' && (await kindOf(join(full, 'index.html'))) === 'file') return { file: join(full, 'index.html'), site };
    return null;
  }

  const server = createServer(async (req, res) => {
    try {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        res.writeHead(405, { Allow: 'GET, HEAD' }).end();
        return;
      }
      const found = await resolvePath(url.pathname);
      if (found?.redirect) {
        res.writeHead(301, { Location: `${found.redirect}${url.search}` }).end();
        log.push({ path: url.pathname, status: 301, at: Date.now() });
        return;
      }
      const file = found?.file;
      if (!file) {
        res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
        log.push({ path: url.pathname, status: 404, at: Date.now() });
        return;
      }
      const { raw, gz, etag } = await load(file);
      const accepts = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
      const tag = gz && accepts ? `${etag.slice(0, -1)}-gz"` : etag;
      const fresh = String(req.headers['if-none-match'] ?? '').split(/\s*,\s*/).includes(tag);
      const body = fresh ? Buffer.alloc(0) : gz && accepts ? gz : raw;
      const headers = {
        ...headersFor(headerBlocks, found.site),
        'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
        'Content-Length': body.length,
        'Cache-Control': IMMUTABLE.some((r) => r.test(found.site.slice(prefix.length))) ? 'public, max-age=31536000, immutable' : 'no-cache',
        'X-Content-Type-Options': 'nosniff',
        ETag: tag
      };
      if (gz) headers.Vary = 'Accept-Encoding';
      if (gz && accepts) headers['Content-Encoding'] = 'gzip';
      if (fresh) delete headers['Content-Length'];
      const status = fresh ? 304 : 200;
      res.on('finish', () => {
        // What went on the wire for this response: status line and headers, then the body.
        const headerBytes = Buffer.byteLength(res._header ?? '');
        log.push({ path: url.pathname, status, type: headers['Content-Type'], encoding: headers['Content-Encoding'] ?? null, bodyBytes: body.length, headerBytes, at: Date.now() });
      });
      res.writeHead(status, headers);
      res.end(req.method === 'HEAD' || fresh ? undefined : body);
      if (!quiet) console.log(`${status} ${url.pathname} ${body.length}`);
    } catch (error) {
      res.writeHead(500).end(String(error));
    }
  });

  await new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', ok);
  });
  const address = server.address();
  const url = `http://127.0.0.1:${address.port}`;
  return {
    server,
    url,
    log,
    close: () => new Promise((ok) => server.close(() => ok()))
  };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [root = 'build', port = '0', prefix = ''] = process.argv.slice(2);
  const { url } = await startServer(root, { port: Number(port), quiet: !process.env.MPP_SERVER_LOG, prefix: prefix.replace(/\/$/, ''), hostHeaders: true });
  console.log(`serving ${resolve(root)} at ${url}${prefix}/`);
}
