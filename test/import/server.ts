// A local web server for the import tests: routes of news-like pages and misbehaving links, on 127.0.0.1.

import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { ROOT } from '../../src/load.ts';

export const PAGES = join(ROOT, 'test', 'import', 'pages');

export function page(name: string): Buffer {
  return readFileSync(join(PAGES, name));
}

export type Route = (req: IncomingMessage, res: ServerResponse) => void;

export interface TestServer {
  base: string;
  port: number;
  close(): Promise<void>;
}

export async function serve(routes: Record<string, Route>): Promise<TestServer> {
  const server: Server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0]!;
    const route =
      routes[path] ??
      Object.entries(routes).find(([k]) => k.endsWith('*') && path.startsWith(k.slice(0, -1)))?.[1];
    if (route) route(req, res);
    else {
      res.writeHead(404, { 'content-type': 'text/html' });
      res.end('<h1>Page introuvable</h1>');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    base: `http://127.0.0.1:${port}`,
    port,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export function send(body: Buffer | string, headers: Record<string, string | number>, status = 200): Route {
  return (_req, res) => {
    res.writeHead(status, headers);
    res.end(body);
  };
}
