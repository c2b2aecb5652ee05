// Demo servers: the shop's origin and a second "CDN" origin for the widget and its index, as a
// merchant would host them. The shop's pages get the CDN origin filled in as they are served.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { AISLE_ORIGIN_PLACEHOLDER } from '../site/build-site.ts';
import { serveFolder } from './serve-folder.ts';

export interface DemoServerOptions {
  /** 0 (the default) = any free port. */
  sitePort?: number;
  assetPort?: number;
  /** The built shop (demo/dist/site). */
  siteDir: string;
  /** The built widget (dist/): /aisle.js and what it loads. */
  widgetDir: string;
  /** The catalog index `aisle build` wrote (demo/dist/index), served under /index/. */
  indexDir: string;
  /** Interface to listen on; 127.0.0.1 unless told otherwise. */
  host?: string;
}

export interface DemoServers {
  /** "http://127.0.0.1:<port>/" */
  siteUrl: string;
  assetUrl: string;
  close(): Promise<void>;
}

function listen(server: Server, port: number, host: string): Promise<string> {
  return new Promise((resolve, reject) => {
    server.once('error', (err: NodeJS.ErrnoException) => reject(err.code === 'EADDRINUSE'
      ? new Error(`port ${port} on ${host} is in use; stop what holds it or pick another port (e.g. --site-port 0 for any free one)`)
      : err));
    server.listen(port, host, () => resolve(`http://${host}:${(server.address() as AddressInfo).port}/`));
  });
}

function close(server: Server): Promise<void> {
  return new Promise((resolve) => {
    server.closeAllConnections();
    server.close(() => resolve());
  });
}

export async function startDemoServers(options: DemoServerOptions): Promise<DemoServers> {
  const host = options.host ?? '127.0.0.1';
  const assets = createServer(serveFolder({ mounts: { '/': options.widgetDir, '/index/': options.indexDir }, cors: true }));
  const assetUrl = await listen(assets, options.assetPort ?? 0, host);
  const origin = assetUrl.replace(/\/$/, '');
  const site = createServer(serveFolder({
    mounts: { '/': options.siteDir },
    transformHtml: (html) => html.replaceAll(AISLE_ORIGIN_PLACEHOLDER, origin),
  }));
  let siteUrl: string;
  try {
    siteUrl = await listen(site, options.sitePort ?? 0, host);
  } catch (err) {
    await close(assets);
    throw err;
  }
  return { siteUrl, assetUrl, close: async () => { await Promise.all([close(site), close(assets)]); } };
}
