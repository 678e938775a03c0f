import type { ServerResponse } from 'node:http';

/** Sends a JSON body with the given status (and extra headers). */
export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  if (res.headersSent) return;
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
    'Cache-Control': 'no-store',
    ...headers,
  });
  res.end(text);
}

/** Sends `{ error, message, …detail }` — every error names what went wrong and what is valid. */
export function sendError(
  res: ServerResponse,
  status: number,
  error: string,
  message: string,
  detail: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): void {
  sendJson(res, status, { error, message, ...detail }, headers);
}
