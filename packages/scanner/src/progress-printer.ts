import type { ScanProgress } from './scan-site.js';

/** Where progress goes: stderr, so a report on stdout stays clean when piped. */
export interface ProgressIo {
  stderr(text: string): void;
  /** A terminal gets one bar redrawn in place; anything else gets a line per page. */
  isTTY?: boolean;
  columns?: number;
}

/**
 * Progress of a scan: on a terminal one line redrawn in place (`[#####-----] 5/20 <url>`),
 * ended with a newline when the last page is done; elsewhere (CI logs, a pipe) a plain line per
 * page, which a log keeps readable.
 */
export function progressPrinter(io: ProgressIo): (p: ScanProgress) => void {
  const tty = io.isTTY ?? Boolean(process.stderr.isTTY);
  return ({ done, total, url }) => {
    if (!tty) {
      io.stderr(`scan: ${done}/${total} ${url}\n`);
      return;
    }
    const width = 20;
    const filled = Math.round((done / Math.max(total, 1)) * width);
    const head = `[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${done}/${total} `;
    const room = Math.max(10, (io.columns ?? process.stderr.columns ?? 80) - head.length - 1);
    const shown = url.length > room ? `${url.slice(0, room - 1)}…` : url;
    io.stderr(`\r\x1b[2K${head}${shown}${done === total ? '\n' : ''}`);
  };
}
