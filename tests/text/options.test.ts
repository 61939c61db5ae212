import { normalize, presets, type NormalizeOptions } from '../../src/text/index';

// Each option alone on top of the `none` preset, with a positive case and a neighbour it must not touch.
const none = (o: Omit<NormalizeOptions, 'preset'>): NormalizeOptions => ({ preset: 'none', ...o });

describe.each<[string, NormalizeOptions, string, string]>([
  // diacritics
  ['harakat: tanwin, short vowels, shadda, sukun', none({ diacritics: 'harakat' }), 'كَتَبَ عِلْمٌ مُدَرِّسًا', 'كتب علم مدرسا'],
  ['harakat keeps the dagger alef', none({ diacritics: 'harakat' }), 'الرَّحْمَٰن', 'الرحمٰن'],
  ['harakat keeps maddah and Quranic marks', none({ diacritics: 'harakat' }), 'ا\u0653ب\u06d6', 'ا\u0653ب\u06d6'],
  ['standard removes the dagger alef', none({ diacritics: 'standard' }), 'الرَّحْمَٰن', 'الرحمن'],
  ['standard keeps Quranic marks', none({ diacritics: 'standard' }), 'ب\u06d6\u0610', 'ب\u06d6\u0610'],
  ['all removes Quranic and honorific marks', none({ diacritics: 'all' }), 'ب\u06d6\u0610\u0653\u0655\u06e5\u08f0', 'ب'],
  ['all keeps the Quranic signs that are not marks', none({ diacritics: 'all' }), '\u06dd\u06de\u06e9', '\u06dd\u06de\u06e9'],
  ['diacritics false keeps marks', none({ diacritics: false }), 'كَتَبَ', 'كَتَبَ'],
  // tatweel
  ['tatweel removed', none({ tatweel: true }), 'العـــربية', 'العربية'],
  ['tatweel kept', none({ tatweel: false }), 'العـــربية', 'العـــربية'],
  // alef
  ['alef forms folded', none({ alef: true }), 'أحمد إسلام آمن ٱلله ٲ ٳ', 'احمد اسلام امن الله ا ا'],
  ['alef leaves hamza seats and maqsura', none({ alef: true }), 'سؤال رئيس على ء', 'سؤال رئيس على ء'],
  // alef maqsura
  ['alef maqsura → yeh', none({ alefMaqsura: true }), 'على مستشفى', 'علي مستشفي'],
  ['alef maqsura leaves alef', none({ alefMaqsura: true }), 'إلا', 'إلا'],
  // teh marbuta
  ['teh marbuta → heh', none({ tehMarbuta: true }), 'مدرسة', 'مدرسه'],
  ['teh marbuta leaves teh', none({ tehMarbuta: true }), 'مدرست', 'مدرست'],
  // hamza
  ['hamza bare', none({ hamza: 'bare' }), 'مسؤول مسئول', 'مسءول مسءول'],
  ['hamza carrier', none({ hamza: 'carrier' }), 'سؤال رئيس', 'سوال رييس'],
  ['hamza leaves alef hamza and bare hamza', none({ hamza: 'bare' }), 'أ إ ء', 'أ إ ء'],
  // digits
  ['Arabic-Indic digits and decimal separator', none({ digits: true }), '٣٫٥', '3.5'],
  ['thousands separator', none({ digits: true }), '٣٬٠٠٠', '3,000'],
  ['Persian digits and percent', none({ digits: true }), '۱۲۳٪ ٤٥٦', '123% 456'],
  ['digits leave ASCII and the Arabic comma', none({ digits: true }), '117.5، 3,000', '117.5، 3,000'],
  ['digits off keeps Arabic digits', none({ digits: false }), '٣٫٥', '٣٫٥'],
  // presentation forms
  ['lam-alef ligatures keep their hamza', none({ presentationForms: true }), 'ﻷن ﻹسلام ﻵن ﻻ ﻼ', 'لأن لإسلام لآن لا لا'],
  ['contextual forms → base letters', none({ presentationForms: true }), 'ﺍﻟﻌﺮﺑﻲ', 'العربي'],
  ['word ligatures', none({ presentationForms: true }), 'ﷲ ﷼', 'الله ريال'],
  ['bismillah', none({ presentationForms: true }), '﷽', 'بسم الله الرحمن الرحيم'],
  ['presentation forms off', none({ presentationForms: false }), 'ﻷن', 'ﻷن'],
  // Persian letters
  ['keheh and Farsi yeh', none({ persianLetters: true }), 'کی', 'كي'],
  ['Persian letters leave Arabic kaf and yeh', none({ persianLetters: true }), 'كي پ', 'كي پ'],
  // controls
  ['invisible controls', none({ controls: 'invisible' }), 'a\u200bb\u00adc\ufeffd\u2060e', 'abcde'],
  ['invisible keeps bidi and joiners', none({ controls: 'invisible' }), '\u200fب\u200cي\u202bت\u202c', '\u200fب\u200cي\u202bت\u202c'],
  ['all controls', none({ controls: 'all' }), '\u200fب\u200cي\u202bت\u202c\u2067ث\u2069\u061c', 'بيتث'],
  ['controls keep NUL and ordinary text', none({ controls: 'all' }), 'a\u0000b', 'a\u0000b'],
  // whitespace
  ['normalize exotic spaces', none({ whitespace: 'normalize' }), 'حلف\u00a0شمال\t\u2009x', 'حلف شمال  x'],
  ['normalize keeps runs and newlines', none({ whitespace: 'normalize' }), 'a  b\n\nc', 'a  b\n\nc'],
  ['collapse runs', none({ whitespace: 'collapse' }), 'a \u00a0\t b', 'a b'],
  ['collapse keeps newlines', none({ whitespace: 'collapse' }), 'a  \n\n  b', 'a \n\n b'],
  ['collapse does not trim', none({ whitespace: 'collapse' }), '  a  ', ' a '],
  ['collapse-all joins lines', none({ whitespace: 'collapse-all' }), 'a \r\n b\u2028c', 'a b c'],
  ['whitespace off', none({ whitespace: false }), 'a \u00a0 b', 'a \u00a0 b'],
  // interactions
  ['deleted marks between spaces still collapse', { whitespace: 'collapse' }, 'a ـ َ b', 'a b'],
  ['ligature expansion then alef folding', { preset: 'none', presentationForms: true, alef: true }, 'ﻷن', 'لان'],
  ['presentation form of maqsura then maqsura folding', { preset: 'none', presentationForms: true, alefMaqsura: true }, 'ﻰ', 'ي'],
  ['options override the base preset', { tehMarbuta: false }, 'الْمَدْرَسَةُ', 'المدرسة'],
])('%s', (_name, options, input, expected) => {
  it(`${JSON.stringify(input)} → ${JSON.stringify(expected)}`, () => {
    expect(normalize(input, options)).toBe(expected);
  });
});

describe('own presets', () => {
  it.each([
    ['search', '٣٫٥', '3.5'],
    ['search', '٣٬٠٠٠', '3,000'],
    ['search', 'الْعَرَبِيَّةُ', 'العربيه'],
    ['search', 'إلى المستشفى', 'الي المستشفي'],
    ['search', '\u200fفرانس٢٤', 'فرانس24'],
    ['search', 'ﻷن', 'لان'],
    ['display', 'العـــربيَّة ﻷن', 'العربيَّة لأن'],
    ['display', '٣٫٥ أحمد\u200f', '٣٫٥ أحمد\u200f'],
    ['display', 'x\u200by', 'xy'],
    ['none', 'ـَ١ ﻻ', 'ـَ١ ﻻ'],
  ] as const)('%s: %j → %j', (preset, input, expected) => {
    expect(normalize(input, preset)).toBe(expected);
  });

  it('search is the default', () => {
    expect(normalize('أَحْمَد')).toBe(normalize('أَحْمَد', 'search'));
    expect(normalize('أَحْمَد', {})).toBe('احمد');
  });

  it('returns the very input when nothing changes', () => {
    const s = 'كتب الطالب 117.5';
    expect(normalize(s)).toBe(s);
    expect(normalize('', 'camel-arclean')).toBe('');
  });

  it('describes every preset', () => {
    expect(Object.isFrozen(presets)).toBe(true);
    for (const [name, info] of Object.entries(presets)) {
      expect(info.description.length).toBeGreaterThan(3);
      if (info.kind === 'own') expect(['search', 'display', 'none']).toContain(name);
      else expect(info.reference.length).toBeGreaterThan(3);
    }
    const search = presets.search;
    expect(search.kind === 'own' && search.options.digits).toBe(true);
  });
});

describe('bad arguments', () => {
  it.each([[undefined], [null], [42], [['a']], [{ toString: () => 'x' }]])('text %p throws a TypeError', (bad) => {
    expect(() => normalize(bad as unknown as string)).toThrow(TypeError);
    expect(() => normalize(bad as unknown as string)).toThrow(/expected the text to be a string/);
  });

  it('names the valid presets for an unknown one', () => {
    expect(() => normalize('x', 'serch' as 'search')).toThrow(RangeError);
    expect(() => normalize('x', 'serch' as 'search')).toThrow(/search, display, none, camel-arclean/);
  });

  it('names the valid options for an unknown one', () => {
    expect(() => normalize('x', { diacritic: 'all' } as NormalizeOptions)).toThrow(TypeError);
    expect(() => normalize('x', { diacritic: 'all' } as NormalizeOptions)).toThrow(/valid options are preset, diacritics/);
  });

  it('names the valid values for a bad option value', () => {
    expect(() => normalize('x', { diacritics: 'some' } as unknown as NormalizeOptions)).toThrow(RangeError);
    expect(() => normalize('x', { diacritics: 'some' } as unknown as NormalizeOptions)).toThrow(/false, 'harakat', 'standard', 'all'/);
    expect(() => normalize('x', { whitespace: true } as unknown as NormalizeOptions)).toThrow(/'collapse-all'/);
  });

  it('refuses a compatibility preset as a base', () => {
    expect(() => normalize('x', { preset: 'lucene' } as unknown as NormalizeOptions)).toThrow(/compatibility presets cannot/);
  });

  it.each([[null], [42], [['search']]])('options %p throw a TypeError', (bad) => {
    expect(() => normalize('x', bad as unknown as NormalizeOptions)).toThrow(TypeError);
  });

  it('accepts undefined option values as "use the base"', () => {
    expect(normalize('ة', { tehMarbuta: undefined })).toBe('ه');
  });
});
