/**
 * A real HTTP server for the Node tests (CSP page, `src` faults, lifecycle): listens on 127.0.0.1
 * on an ephemeral port only, logs every request with whether the client closed the connection
 * before the response finished (an aborted fetch), and closes every socket on `close()`.
 */
import { createServer } from 'node:http';

/**
 * @typedef {{ method: string, path: string, url: URL, headers: import('node:http').IncomingHttpHeaders,
 *   aborted: boolean, finished: boolean, bytes: number, closed: Promise<void> }} LoggedRequest
 * @param {(req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse, log: LoggedRequest) => void | Promise<void>} handler
 */
export async function startServer(handler) {
  /** @type {LoggedRequest[]} */
  const requests = [];
  const sockets = new Set();
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    let onClosed = () => undefined;
    /** @type {LoggedRequest} */
    const log = {
      method: req.method ?? 'GET',
      path: url.pathname,
      url,
      headers: req.headers,
      aborted: false,
      finished: false,
      bytes: 0,
      closed: new Promise((resolve) => (onClosed = resolve)),
    };
    requests.push(log);
    const write = res.write.bind(res);
    res.write = (chunk, ...rest) => {
      if (chunk) log.bytes += Buffer.byteLength(chunk);
      return write(chunk, ...rest);
    };
    res.on('finish', () => (log.finished = true));
    res.on('close', () => {
      if (!res.writableFinished) log.aborted = true;
      onClosed();
    });
    Promise.resolve(handler(req, res, log)).catch((error) => {
      if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain' });
      res.end(String(error?.stack ?? error));
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    port,
    requests,
    /** The logged requests to `path`. */
    requestsTo: (path) => requests.filter((r) => r.path === path),
    async close() {
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => server.close(() => resolve(undefined)));
    },
  };
}

/** Sends `body` with a status and headers. */
export function send(res, status, headers, body = '') {
  res.writeHead(status, headers);
  res.end(body);
}

export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
