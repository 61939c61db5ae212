import { classifyCodeUnits } from '../../scripts/build-data/char-classes';
import { CHAR_CLASS_RUNS, CHAR_CLASS_UNICODE } from '../../src/generated/char-classes';
import { C, charClasses } from '../../src/tokenize/charclass';

describe('the character-class table', () => {
  const table = charClasses();

  test.each([
    ['ب', C.Arabic],
    ['ﻻ', C.Arabic],
    ['5', C.Digit],
    ['٣', C.Digit],
    ['۴', C.Digit],
    [' ', C.Space],
    ['\u200f', C.Space],
    ['\u200c', C.Joiner],
    ['\u0640', C.ArabicMark],
    ['\u064e', C.ArabicMark],
    ['،', C.Punct],
    ['.', C.Punct],
    ['$', C.Symbol],
    ['a', C.Letter],
    ['\u0301', C.Mark],
    ['☀', C.Emoji],
    ['\ud83d', C.HighSurrogate],
    ['\ude00', C.LowSurrogate],
    ['\u0967', C.Other],
  ])('%j is class %d', (ch, cls) => {
    expect(table[ch.charCodeAt(0)]).toBe(cls);
  });

  test('its runs cover the 65,536 code units exactly', () => {
    let total = 0;
    for (let i = 0; i < CHAR_CLASS_RUNS.length; i += 2) {
      expect(CHAR_CLASS_RUNS[i]).toBeGreaterThan(0);
      if (i > 0) expect(CHAR_CLASS_RUNS[i + 1]).not.toBe(CHAR_CLASS_RUNS[i - 1]);
      total += CHAR_CLASS_RUNS[i] as number;
    }
    expect(total).toBe(0x10000);
  });

  // The compiled table is what the build script's rules give under the Unicode version it was built
  // with; a Node of another version may classify newly assigned characters differently, so there only
  // the blocks Arabic text is written in are compared.
  test('is what the build rules give from this runtime’s Unicode properties', () => {
    const fresh = classifyCodeUnits();
    const ranges: [number, number][] =
      process.versions.unicode === CHAR_CLASS_UNICODE ? [[0, 0xffff]] : [[0, 0x24f], [0x600, 0x8ff], [0x2000, 0x206f], [0xfb50, 0xfeff]];
    const differ: number[] = [];
    for (const [from, to] of ranges) for (let c = from; c <= to; c++) if (fresh[c] !== table[c]) differ.push(c);
    expect(differ).toEqual([]);
  });
});
