// Test support: an HTTP proxy that answers nothing and writes down everything. Chromium started with
// `--proxy-server` sends it every request that is not for this machine (loopback is never proxied), from
// the page, its workers, images, CSS, prefetches and WebSockets alike, and even before any DNS lookup,
// so "nothing left 127.0.0.1" is checked where the network starts, not only through DevTools events.
import { createServer, type Server } from 'node:http';
import type { Socket } from 'node:net';

export interface RecordingProxy {
  /** `--proxy-server` value for Chromium. */
  arg: string;
  /** Every request that reached the proxy: `GET http://host/path` or `CONNECT host:443`. */
  hits: string[];
  close(): Promise<void>;
}

export async function startRecordingProxy(): Promise<RecordingProxy> {
  const hits: string[] = [];
  const sockets = new Set<Socket>();
  const server: Server = createServer((req, res) => {
    hits.push(`${req.method} ${req.url}`);
    res.writeHead(403, { 'Content-Type': 'text/plain' });
    res.end('blocked by the test proxy: the widget must not reach other hosts');
  });
  server.on('connect', (req, socket: Socket) => {
    hits.push(`CONNECT ${req.url}`);
    socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
  });
  server.on('connection', (s: Socket) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    arg: `--proxy-server=http://127.0.0.1:${port}`,
    hits,
    close: () =>
      new Promise((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}
