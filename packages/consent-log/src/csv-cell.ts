// Shared by the collector's export (@akkoord/consent-log-server) and the Art. 30 register
// (@akkoord/privacy-statement): this package is the one both already depend on. The browser
// client never imports it, so the banner bundles do not carry it.

/**
 * One CSV cell (RFC 4180): quoted when it holds `"`, `,`, CR or LF. A cell starting with
 * `= + - @`, a tab or CR gets a leading apostrophe first, so a spreadsheet shows it as text
 * instead of running it as a formula (CSV injection).
 */
export function csvCell(value: string): string {
  const v = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}
