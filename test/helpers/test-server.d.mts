import type { IncomingMessage } from 'node:http';

/** What a route answers. `{{nonce}}` in `body` and header values becomes the response's nonce. */
export interface RouteSpec {
  body?: string | Buffer;
  /** Content-Type. @default "text/html; charset=utf-8" */
  type?: string;
  headers?: Record<string, string>;
  /** @default 200 */
  status?: number;
  /** Milliseconds to hold the response back. @default 0 */
  delay?: number;
}
/** A fixed answer, or one computed per request. */
export type Route = RouteSpec | ((req: IncomingMessage) => RouteSpec);

/** A running test server. */
export interface TestServer {
  /** `http://127.0.0.1:<port>` */
  origin: string;
  url(path: string): string;
  /** Every requested path with its query, in arrival order. */
  requests: string[];
  /** Adds or replaces a route. */
  route(path: string, spec: Route): void;
  close(): Promise<void>;
}

/** Files the built-in routes serve (banner bundle, axe-core, the bench peer). */
export declare const FILES: Record<string, string>;
/** The body of a script that pushes `name` onto `window.__ran` (the parent's, inside an iframe). */
export declare function ranScript(name: string): string;
/** Starts the server on 127.0.0.1 and a free port. */
export declare function startTestServer(routes?: Record<string, Route>): Promise<TestServer>;
