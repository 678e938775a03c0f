/** The CSV cell shared by the collector's export and the Art. 30 register. */
import { describe, expect, it } from 'vitest';
import { csvCell } from '../src/index.js';

describe('csvCell', () => {
  it('leaves a plain value as it is', () => {
    expect(csvCell('www.example.nl')).toBe('www.example.nl');
    expect(csvCell('')).toBe('');
  });

  it('quotes a value holding a comma, quote, CR or LF, doubling the quotes (RFC 4180)', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell('cr\rhere')).toBe('"cr\rhere"');
  });

  it.each(['=1+1', '+31 6', '-2', '@SUM(A1)', '\tx'])('prefixes %j with an apostrophe so a spreadsheet shows it as text', (value) => {
    expect(csvCell(value)).toBe(`'${value}`);
  });

  it('prefixes a leading CR and then quotes the cell', () => {
    expect(csvCell('\r=1')).toBe(`"'\r=1"`);
  });

  it('quotes a formula that also holds a quote after prefixing it', () => {
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
  });

  it('prefixes only at the start of the value', () => {
    expect(csvCell('a=b')).toBe('a=b');
  });
});
