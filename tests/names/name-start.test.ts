import { tokenize } from '../../src/tokenize/index.js';
import { nameForm, nameStart } from '../../src/recognize/names/name-start.js';
import type { Token } from '../../src/types.js';

const word = (w: string): Token => tokenize(w)[0];

describe('nameStart and nameForm', () => {
  // [word, name as it starts in the word, its form alone]
  const cases: Array<[string, string, string]> = [
    ['وبكين', 'بكين', 'بكين'],
    ['للحلف', 'لحلف', 'الحلف'],
    ['بكين', 'بكين', 'بكين'],
    // The analyser reads سـ off these as the future particle; a name keeps it.
    ['سيرغي', 'سيرغي', 'سيرغي'],
    ['وسيرغي', 'سيرغي', 'سيرغي'],
    ['سندرلاند', 'سندرلاند', 'سندرلاند'],
  ];
  it.each(cases)('%s: the name starts at %s', (w, rest, form) => {
    const t = word(w);
    expect(w.slice(nameStart(t) - t.start)).toBe(rest);
    expect(nameForm(t)).toBe(form);
  });

  it('checks that the analyser does split these words (else the cases above test nothing)', () => {
    expect(word('وسيرغي').parts?.map((p) => p.form)).toEqual(['و', 'س', 'يرغي']);
    expect(word('سندرلاند').parts?.[0].role).toBe('proclitic');
  });

  it('uses the token start and text for a token without parts', () => {
    const t: Token = { text: '2022', start: 5, end: 9, kind: 'number', normalized: '2022' };
    expect(nameStart(t)).toBe(5);
    expect(nameForm(t)).toBe('2022');
  });
});
