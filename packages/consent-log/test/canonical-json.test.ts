/** canonicalJson is RFC 8785 (JCS): the examples of the RFC, and the two defects of the form before it. */
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../src/index.js';

/** The IEEE 754 double with these 64 bits (RFC 8785 Appendix B lists values by their bits). */
const f64 = (hex: string): number => new DataView(new BigUint64Array([BigInt('0x' + hex)]).buffer).getFloat64(0, true);

describe('canonicalJson (RFC 8785)', () => {
  it('writes the example of RFC 8785 §3.2.2 (numbers, string escapes, literals)', () => {
    const input = JSON.parse(
      '{"numbers":[333333333.33333329,1E30,4.50,2e-3,0.000000000000000000000000001],' +
        '"string":"\\u20ac$\\u000F\\u000aA\'\\u0042\\u0022\\u005c\\\\\\"\\/","literals":[null,true,false]}',
    );
    expect(canonicalJson(input)).toBe(
      '{"literals":[null,true,false],"numbers":[333333333.3333333,1e+30,4.5,0.002,1e-27],"string":"€$\\u000f\\nA\'B\\"\\\\\\\\\\"/"}',
    );
  });

  it('sorts member names by UTF-16 code units, as in RFC 8785 §3.2.3', () => {
    const input = JSON.parse(
      '{"\\u20ac":"Euro Sign","\\r":"Carriage Return","\\ufb33":"Hebrew Letter Dalet With Dagesh","1":"One",' +
        '"\\ud83d\\ude00":"Emoji: Grinning Face","\\u0080":"Control","\\u00f6":"Latin Small Letter O With Diaeresis"}',
    );
    // Read the order off the text: parsing it again would put "1" first.
    const values = [...canonicalJson(input).matchAll(/:"([^"]*)"/g)].map((m) => m[1]);
    expect(values).toEqual([
      'Carriage Return',
      'One',
      'Control',
      'Latin Small Letter O With Diaeresis',
      'Euro Sign',
      'Emoji: Grinning Face',
      'Hebrew Letter Dalet With Dagesh',
    ]);
    expect(canonicalJson(input).startsWith('{"\\r":"Carriage Return","1":"One","\u0080":"Control"')).toBe(true);
  });

  it.each([
    ['0000000000000000', '0'],
    ['8000000000000000', '0'],
    ['0000000000000001', '5e-324'],
    ['8000000000000001', '-5e-324'],
    ['7fefffffffffffff', '1.7976931348623157e+308'],
    ['ffefffffffffffff', '-1.7976931348623157e+308'],
    ['4340000000000000', '9007199254740992'],
    ['c340000000000000', '-9007199254740992'],
    ['4430000000000000', '295147905179352830000'],
    ['44b52d02c7e14af5', '9.999999999999997e+22'],
    ['44b52d02c7e14af6', '1e+23'],
    ['44b52d02c7e14af7', '1.0000000000000001e+23'],
    ['444b1ae4d6e2ef4e', '999999999999999700000'],
    ['444b1ae4d6e2ef4f', '999999999999999900000'],
    ['444b1ae4d6e2ef50', '1e+21'],
    ['3eb0c6f7a0b5ed8c', '9.999999999999997e-7'],
    ['3eb0c6f7a0b5ed8d', '0.000001'],
    ['41b3de4355555553', '333333333.3333332'],
    ['41b3de4355555554', '333333333.33333325'],
    ['41b3de4355555555', '333333333.3333333'],
    ['41b3de4355555556', '333333333.3333334'],
    ['41b3de4355555557', '333333333.33333343'],
    ['becbf647612f3696', '-0.0000033333333333333333'],
    ['43143ff3c1cb0959', '1424953923781206.2'],
  ])('writes the double %s as %s (RFC 8785 Appendix B)', (bits, text) => {
    expect(canonicalJson(f64(bits))).toBe(text);
    expect(canonicalJson([f64(bits)])).toBe(`[${text}]`);
  });

  it('keeps a __proto__ member (the form before RFC 8785 dropped it)', () => {
    const snapshot = JSON.parse('{"texts":{"__proto__":{"title":"Cookies?"},"nl":"Cookies"}}');
    expect(canonicalJson(snapshot)).toBe('{"texts":{"__proto__":{"title":"Cookies?"},"nl":"Cookies"}}');
    expect(canonicalJson(snapshot)).not.toBe(canonicalJson({ texts: { nl: 'Cookies' } }));
  });

  it('orders integer-like names as text, not numerically first (as the form before RFC 8785 did)', () => {
    expect(canonicalJson({ b: true, 10: true, 2: false, a: { 100: 1, 9: 2 } })).toBe('{"10":true,"2":false,"a":{"100":1,"9":2},"b":true}');
  });

  it('sorts at every level, keeps array order and is independent of insertion order', () => {
    expect(canonicalJson({ b: 1, a: { d: [3, { z: 1, y: 2 }], c: 'é' } })).toBe('{"a":{"c":"é","d":[3,{"y":2,"z":1}]},"b":1}');
    expect(canonicalJson({ a: 1, b: 2 })).toBe(canonicalJson({ b: 2, a: 1 }));
  });

  it('escapes strings as JCS does: minimal escapes, lower-case \\u00xx, everything else as is', () => {
    expect(canonicalJson('\u0000\u001f\b\t\n\f\r"\\/\u007f\u2028é😀')).toBe('"\\u0000\\u001f\\b\\t\\n\\f\\r\\"\\\\/\u007f\u2028é😀"');
  });

  it('leaves undefined members out and writes undefined array entries as null, like JSON.stringify', () => {
    expect(canonicalJson({ a: undefined, b: [undefined, 1] })).toBe('{"b":[null,1]}');
    expect(canonicalJson(undefined)).toBe('null');
  });

  it('round-trips: parsing the text gives the value back', () => {
    const v = { z: [1, { y: null, x: 'x' }], '': 0, '10': -1.5e-7, nested: { deep: { deeper: [true, false] } } };
    expect(JSON.parse(canonicalJson(v))).toEqual(v);
  });
});
