import { describe, expect, it } from 'vitest';
import { canonicalJson } from './canonical-json';

describe('canonicalJson (RFC 8785)', () => {
  it('sorts keys by UTF-16 code units, so an astral character sorts before U+FB33 (RFC 8785 §3.2.3)', () => {
    const input = JSON.parse(
      String.raw`{"\u20ac":"Euro Sign","\r":"Carriage Return","\ufb33":"Hebrew Letter Dalet With Dagesh","1":"One","\ud83d\ude00":"Emoji: Grinning Face","\u0080":"Control","\u00f6":"Latin Small Letter O With Diaeresis"}`,
    ) as unknown;
    // Compare the text: JSON.parse would move the integer-like key "1" first again.
    const keyOrder = [...canonicalJson(input).matchAll(/"((?:[^"\\]|\\.)*)":/g)].map((match) => match[1]);
    expect(keyOrder).toEqual(['\\r', '1', '\u0080', '\u00f6', '\u20ac', '\ud83d\ude00', '\ufb33']);
  });

  it('reproduces the RFC 8785 §3.2.2 example byte for byte (numbers, escapes, literals)', () => {
    const input = JSON.parse(
      String.raw`{"numbers": [333333333.33333329, 1E30, 4.50, 2e-3, 0.000000000000000000000000001],
        "string": "\u20ac$\u000F\u000aA'\u0042\u0022\u005c\\\"\/", "literals": [null, true, false]}`,
    ) as unknown;
    expect(canonicalJson(input)).toBe(
      String.raw`{"literals":[null,true,false],"numbers":[333333333.3333333,1e+30,4.5,0.002,1e-27],"string":"€$\u000f\nA'B\"\\\\\"/"}`,
    );
  });

  it.each([
    [1e21, '1e+21'],
    [1e20, '100000000000000000000'],
    [-0, '0'],
    [1.0, '1'],
    [1e-7, '1e-7'],
    [0.000001, '0.000001'],
    [5e-324, '5e-324'],
    [1.7976931348623157e308, '1.7976931348623157e+308'],
    [2 ** 53 + 2, '9007199254740994'],
  ])('formats the number %s as %s', (value, expected) => {
    expect(canonicalJson(value)).toBe(expected);
  });

  it('escapes only what JSON requires, in lower-case \\u form for control characters', () => {
    expect(canonicalJson('a"b\\c\u0001\u001f\t/é€😀')).toBe('"a\\"b\\\\c\\u0001\\u001f\\t/é€😀"');
  });

  it('drops undefined object members and has no whitespace', () => {
    expect(canonicalJson({ b: [1, { d: true, c: null }], a: undefined })).toBe(
      '{"b":[1,{"c":null,"d":true}]}',
    );
  });

  it('refuses values JSON cannot represent', () => {
    expect(() => canonicalJson(Number.NaN)).toThrow();
    expect(() => canonicalJson(Number.POSITIVE_INFINITY)).toThrow();
    expect(() => canonicalJson(undefined)).toThrow(TypeError);
  });
});
