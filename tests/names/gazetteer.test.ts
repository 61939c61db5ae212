import { gazetteerRecognizer, isNationality, loadGazetteer, lookup, nameKey } from '../../src/recognize/names/gazetteer';
import fc from 'fast-check';
import { baseReadings } from '../../src/recognize/names/gazetteer/clitics';
import { countryOf, hasRivalCountries, preferByCountry } from '../../src/recognize/names/gazetteer/country-context';
import { splitSentences, tokenize } from '../../src/tokenize';
import type { NameEntity } from '../../src/types';
import { expectOffsets } from '../helpers/offsets';

function recognize(text: string): NameEntity[] {
  const tokens = tokenize(text);
  const found = gazetteerRecognizer.recognize({ text, tokens, sentences: splitSentences(text, tokens) }) as NameEntity[];
  expectOffsets(text, found);
  return found;
}

describe('nameKey folds spelling variants', () => {
  test.each([
    ['أوروبا', 'اوروبا'],
    ['إسطنبول', 'اسطنبول'],
    ['المملكة المتحدة', 'المملكه المتحده'],
    ['موسى', 'موسي'],
    ['شي جين بينغ', 'شي جينبينغ'],
    ['أ.ف.ب', 'أ ف ب'],
    ['فرانس٢٤', 'فرانس24'],
    ['بُوتِين', 'بوتين'],
    ['بوتيـــن', 'بوتين'],
  ])('%s ~ %s', (a, b) => {
    expect(nameKey(a)).toBe(nameKey(b));
  });

  test.each([
    ['بكين', 'موسكو'],
    ['شيان', 'شي'],
  ])('%s ≠ %s', (a, b) => {
    expect(nameKey(a)).not.toBe(nameKey(b));
  });
});

describe('lookup', () => {
  test.each([
    ['الصين', 'CN'],
    ['بالصين', 'CN'],
    ['جمهورية الصين الشعبية', 'CN'],
    ['وبكين', 'city:cn:beijing'],
    ['للحلف الأطلسي', 'org:nato'],
    ['حلف شمال الأطلسي', 'org:nato'],
    ['الناتو', 'org:nato'],
    ['شي جين بينغ', 'person:xi-jinping'],
    ['شي جينبينغ', 'person:xi-jinping'],
    ['اوروبا', 'm49:150'],
    ['الولايات المتحدة الأميركية', 'US'],
    ['أميركا', 'US'],
    ['بريطانيا', 'GB'],
    ['أوكوس', 'org:aukus'],
    ['أ ف ب', 'org:afp'],
    ['وكالة فرانس برس', 'org:afp'],
    ['فرانس 24', 'org:france24'],
    ['الكرملين', 'org:kremlin'],
    ['وزارة الخارجية الأمريكية', 'org:ministry:foreign:US'],
    ['الخارجية الأميركية', 'org:ministry:foreign:US'],
    ['الجيش الروسي', 'org:army:army:RU'],
    ['الشرق الأوسط', 'region:middle-east'],
    ['كييف', 'city:ua:kyiv'],
    ['الموصل', 'city:iq:mosul'],
    ['ريال مدريد', 'org:club:real-madrid'],
    ['وبايرن ميونيخ', 'org:club:bayern-munich'],
    ['لمانشستر يونايتد', 'org:club:manchester-united'],
    ['الترجي', 'org:club:esperance'],
    // A club known by its city's name alone is left to the tagger: the form stays the city's.
    ['برشلونة', 'city:es:barcelona'],
    ['كالي', 'city:co:cali'],
    ['مدريد', 'city:es:madrid'],
  ])('%s → %s', (name, id) => {
    expect(lookup(name)[0]?.id).toBe(id);
  });

  test('English names and canonical Arabic', () => {
    expect(lookup('بالصين')[0]?.name).toEqual({ ar: 'الصين', en: 'China' });
    expect(lookup('للحلف الأطلسي')[0]?.name).toEqual({ ar: 'الحلف الأطلسي', en: 'NATO' });
  });

  test('Latin forms answer only as written', () => {
    expect(lookup('WHO')[0]?.id).toBe('org:who');
    expect(lookup('Emmanuel Macron')[0]?.id).toBe('person:emmanuel-macron');
    expect(lookup('who')).toEqual([]);
    expect(lookup('reuters')).toEqual([]);
  });

  test.each(['كريتنبرينك', 'مرحبا', 'الذي', '', 'على شي أن', 'الروسي'])('%j is unknown', (name) => {
    expect(lookup(name)).toEqual([]);
  });

  test('ordinary-word forms are found only when asked for', () => {
    expect(lookup('الجزيرة', { ambiguous: false })).toEqual([]);
    expect(lookup('شبه الجزيرة العربية', { ambiguous: false })[0]?.id).toBe('region:arabian-peninsula');
  });
});

describe('isNationality', () => {
  test.each(['الروسي', 'الأمريكية', 'الأميركية', 'الصيني', 'الألمان', 'الأمريكيين', 'والروسي', 'روسية', 'البريطانيون', 'الكوري الجنوبي'])('%s is a nationality', (w) => {
    expect(isNationality(w)).toBe(true);
  });
  test.each(['روسيا', 'الصين', 'أمريكا', 'بكين', 'الرئيس'])('%s is not', (w) => {
    expect(isNationality(w)).toBe(false);
  });
});

describe('gazetteerRecognizer', () => {
  test('clitic-aware: the span starts after the particles', () => {
    const [b] = recognize('زار وبكين أمس');
    expect(b).toMatchObject({ text: 'بكين', start: 5, end: 9, type: 'location', source: 'gazetteer' });
    const [c] = recognize('سافر بالصين');
    expect(c).toMatchObject({ text: 'الصين', id: 'CN' });
    const [n] = recognize('توسيع للحلف الأطلسي');
    expect(n).toMatchObject({ text: 'لحلف الأطلسي', name: { ar: 'الحلف الأطلسي' }, id: 'org:nato', type: 'organization' });
  });

  test('ك is a particle only before the article: كالصين yes, كبيرا is not ك + بيرا (Beira)', () => {
    expect(recognize('دولة كالصين')[0]).toMatchObject({ text: 'الصين', id: 'CN' });
    expect(recognize('بذلوا جهدا كبيرا')).toEqual([]);
    expect(recognize('وصل إلى بيرا')[0]).toMatchObject({ text: 'بيرا', id: 'city:mz:beira' });
  });

  test('spacing variants match, two short words never fuse', () => {
    expect(recognize('الرئيس شي جين بينغ')[0]).toMatchObject({ text: 'شي جين بينغ', id: 'person:xi-jinping' });
    expect(recognize('كان يجب على شي أن يستغل')).toEqual([]);
  });

  test('longest match wins', () => {
    const found = recognize('رابطة دول جنوب شرق آسيا');
    expect(found.map((e) => e.id)).toEqual(['org:asean']);
    // A club whose name holds a city is one organization, not a word and a place.
    expect(recognize('فاز ريال مدريد على مانشستر سيتي').map((e) => [e.text, e.type, e.id])).toEqual([
      ['ريال مدريد', 'organization', 'org:club:real-madrid'],
      ['مانشستر سيتي', 'organization', 'org:club:manchester-city'],
    ]);
  });

  test('diacritics and tatweel inside the text keep offsets', () => {
    const text = 'وَصَلَ إِلَى مُوسْكُو';
    const [m] = recognize(text);
    expect(m).toMatchObject({ id: 'city:ru:moscow', text: 'مُوسْكُو' });
  });

  test('heads of state and government of Iran, Israel and Cyprus since 2000 are listed', () => {
    expect(recognize('وأكد نتنياهو أن الحرب مستمرة').map((e) => e.id)).toEqual(['person:benjamin-netanyahu']);
    expect(recognize('قال المرشد علي خامنئي إن').map((e) => e.id)).toEqual(['person:ali-khamenei']);
    // A surname that is also a word (رئيسي "my boss", روحاني "spiritual") counts only after the full name.
    expect(recognize('كان رئيسي في العمل غاضبا')).toEqual([]);
    expect(recognize('قال إبراهيم رئيسي إن').map((e) => e.id)).toEqual(['person:ebrahim-raisi']);
    expect(recognize('قال رئيس الموساد إن').map((e) => e.id)).toEqual(['org:mossad']);
  });

  test('capitals of G20 and Arab League states the city list misses are curated', () => {
    expect(recognize('وصل إلى بوينوس آيرس').map((e) => e.id)).toEqual(['city:ar:buenos-aires']);
    expect(recognize('وصل إلى بوينس آيرس').map((e) => e.id)).toEqual(['city:ar:buenos-aires']);
    expect(recognize('وصل إلى العاصمة موروني').map((e) => e.id)).toEqual(['city:km:moroni']);
    // سيول is also "torrents": Seoul only after a place word.
    expect(recognize('اجتاحت السيول القرية')).toEqual([]);
    expect(recognize('وصل إلى مدينة سيول').map((e) => e.id)).toEqual(['city:kr:seoul']);
    // علانية is "openly" before it is the city list's spelling of Alanya.
    expect(recognize('سراً وعلانية')).toEqual([]);
  });

  test('a one-word match written with tanween is a common word', () => {
    // تاريخاً (historically) has the letters of Tarija, Bolivia; أفريقياً is an adverb.
    expect(recognize('تطورت اللهجات تاريخاً بشكل مستقل').map((e) => e.id)).toEqual([]);
    expect(recognize('كان ذلك مهماً أفريقياً').map((e) => e.id)).toEqual([]);
    expect(recognize('وصلت إلى تاريخا في الجنوب').map((e) => e.id)).toEqual(['city:bo:tarija']);
    expect(recognize('زار أفريقيا').map((e) => e.id)).toEqual(['m49:002']);
  });

  test('a zero-width non-joiner or joiner inside a name keeps the match and the offsets', () => {
    for (const mark of ['\u200c', '\u200d']) {
      const text = `التقى بو${mark}تين في موسكو`;
      const [m] = recognize(text);
      expect(m).toMatchObject({ id: 'person:vladimir-putin', text: `بو${mark}تين`, start: 6 });
    }
  });

  test('an ordinary-word place name fires only after a place trigger', () => {
    const farah = loadGazetteer().forms.get(nameKey('فرح'));
    expect(farah?.every((s) => s.payload.ambiguous)).toBe(true);
    expect(recognize('عم الفرح وساد فرح كبير')).toEqual([]);
    expect(recognize('ذهب إلى مدينة فرح')[0]).toMatchObject({ text: 'فرح', type: 'location', id: 'city:af:farah', confidence: 0.7 });
    expect(recognize('ذهب إلى فاس')[0]).toMatchObject({ text: 'فاس', id: 'city:ma:fes' });
    // بورصة is "stock exchange" before it is Bursa.
    expect(recognize('سجلت بورصة نيويورك ارتفاعا').map((e) => e.id)).toEqual(['city:us:new-york']);
    expect(recognize('زار مدينة بورصة')[0]).toMatchObject({ text: 'بورصة', id: 'city:tr:bursa' });
    // Quotes between the trigger and the name do not hide the trigger.
    expect(recognize('ولد في مدينة "بورصة" في تركيا')[0]).toMatchObject({ text: 'بورصة', id: 'city:tr:bursa' });
    expect(recognize('ولد في مدينة « فرح »')[0]).toMatchObject({ text: 'فرح', id: 'city:af:farah' });
  });

  test.each([
    ['وقال مراسل الجزيرة إن القصف مستمر', 'الجزيرة', 'org:aljazeera'],
    ['وقال لمراسل العربية إن', 'العربية', 'org:alarabiya'],
    ['وقالت شبكة العربية إن الوفد وصل', 'العربية', 'org:alarabiya'],
    ['وذكرت الجزيرة أن القصف مستمر', 'الجزيرة', 'org:aljazeera'],
    ['وقال للجزيرة إن المفاوضات مستمرة', 'لجزيرة', 'org:aljazeera'],
    ['وأضاف في تصريحات للعربية أن', 'لعربية', 'org:alarabiya'],
  ])('an ambiguous outlet name fires after an outlet word or a word of saying: %s', (text, span, id) => {
    expect(recognize(text)).toEqual([expect.objectContaining({ text: span, type: 'organization', id, confidence: 0.7 })]);
  });

  test.each(['تقع الجزيرة في المحيط', 'درس اللغة العربية في الجامعة', 'وصل مراسل إلى الجزيرة', 'ويعد موقع الجزيرة بين القارتين مهما', 'وقال بالعربية إن'])(
    'without an outlet word right before it, it does not: %s',
    (text) => {
      expect(recognize(text)).toEqual([]);
    },
  );

  test.each([
    ['قالت منظمة WHO إن الوباء انتهى', 'WHO', 'org:who'],
    ['نقلت وكالة AFP عن مصادر', 'AFP', 'org:afp'],
    ['وفق بيانات Reuters فإن', 'Reuters', 'org:reuters'],
    ['ذكرت The New York Times أن', 'The New York Times', 'org:nyt'],
    ['ذكرت New York Times أن', 'New York Times', 'org:nyt'],
    ['وذكرت Al-Jazeera أن', 'Al-Jazeera', 'org:aljazeera'],
    ['صرح Emmanuel Macron بأن', 'Emmanuel Macron', 'person:emmanuel-macron'],
  ])('a listed name written in Latin letters: %s', (text, span, id) => {
    expect(recognize(text)).toEqual([expect.objectContaining({ text: span, id, source: 'gazetteer' })]);
  });

  test.each(['he asked who said it', 'the un-official Who list', 'ذكرت new york times أن'])(
    'a Latin form matches only in its own case: %s',
    (text) => {
      expect(recognize(text)).toEqual([]);
    },
  );

  test('a hashtag that is a listed name is that name, without the # (underscores for spaces)', () => {
    expect(recognize('مبروك #مصر و#غزة #الأمم_المتحدة').map((e) => [e.text, e.id])).toEqual([
      ['مصر', 'EG'],
      ['غزة', 'city:ps:gaza'],
      ['الأمم_المتحدة', 'org:un'],
    ]);
    // Underscores that open or close it are not part of the name.
    expect(recognize('#_مصر_')[0]).toMatchObject({ text: 'مصر', start: 2, end: 5 });
    // A hashtag is matched alone, and an ordinary word in one stays unreported.
    expect(recognize('#الرئيس_بوتين #الجزيرة #الحرب')).toEqual([]);
  });

  test('nationality adjectives, titles and ordinary words are not names', () => {
    expect(recognize('قال الرئيس الروسي إن الهيمنة الأمريكية على الجزيرة انتهت')).toEqual([]);
  });
});

describe('a form of places in two countries', () => {
  test.each([
    ['وصل الوفد إلى عمان أمس', 'OM'],
    ['أعلنت الحكومة في العاصمة الأردنية عمان أن', 'city:jo:amman'],
    ['عمان - قال وزير الخارجية الأردني إن', 'city:jo:amman'],
    ['التقى الوزراء في الكويت والبحرين وقطر وعمان', 'OM'],
    ['زار المسؤول الأردني مسقط ثم عمان ثم سلطنة عمان', 'OM'],
    // A listed head of state and a national news agency carry their country too.
    ['عمان - بترا - قال المتحدث إن', 'city:jo:amman'],
    ['استقبل الملك عبد الله الثاني في عمان الرئيس المصري', 'city:jo:amman'],
    ['استقبل السلطان هيثم بن طارق في عمان الوفد', 'OM'],
  ])('%s: عمان is %s', (text, id) => {
    const found = recognize(text).filter((e) => e.text === 'عمان');
    expect(found.map((e) => e.id)).toEqual([id]);
  });

  test('two ids under one canonical name are no rivals: هونغ كونغ stays HK next to الصين', () => {
    expect(recognize('قالت الصين والحكومة الصينية إن هونغ كونغ هادئة').find((e) => e.text === 'هونغ كونغ')?.id).toBe('HK');
  });

  test('entries carry their country: from the id, or listed for people and national media', () => {
    const { byId } = loadGazetteer();
    expect(['CN', 'city:jo:amman', 'org:ministry:foreign:US', 'person:abdullah-ii-of-jordan', 'org:petra', 'org:nato', 'org:reuters'].map((id) => byId.get(id)?.country)).toEqual([
      'CN', 'JO', 'US', 'JO', 'JO', undefined, undefined,
    ]);
  });

  test('countries of ids, rivals and the order of preference', () => {
    expect([countryOf('JO'), countryOf('city:jo:amman'), countryOf('subdivision:us:texas'), countryOf('org:ministry:foreign:US'), countryOf('org:nato')]).toEqual(['JO', 'JO', 'US', 'US', undefined]);
    const readings = (form: string) => (loadGazetteer().forms.get(nameKey(form)) ?? []).map((s) => s.payload);
    const refs = readings('عمان');
    expect(hasRivalCountries(refs)).toBe(true);
    expect(hasRivalCountries(readings('بكين'))).toBe(false);
    expect(preferByCountry(refs, new Map())[0]?.entry.id).toBe('OM');
    expect(preferByCountry(refs, new Map([['JO', 1]]))[0]?.entry.id).toBe('city:jo:amman');
    expect(preferByCountry(refs, new Map([['JO', 1], ['OM', 1]]))[0]?.entry.id).toBe('OM');
  });
});

describe('compiled data', () => {
  test('ids are unique and typed', () => {
    const g = loadGazetteer();
    expect(g.byId.size).toBeGreaterThan(7000);
    for (const [id, e] of g.byId) {
      expect(e.id).toBe(id);
      expect(['person', 'organization', 'location', 'misc']).toContain(e.type);
      expect(e.name.ar.length).toBeGreaterThan(0);
    }
  });

  test('countries carry ISO 3166-1 alpha-2 ids', () => {
    expect(lookup('ألمانيا')[0]?.id).toBe('DE');
    expect(lookup('أستراليا')[0]?.id).toBe('AU');
    expect(lookup('تايوان')[0]?.id).toBe('TW');
  });
});

describe('readings of a word (the keys the scan looks up)', () => {
  // Keys are derived from the whole word's key by dropping the particles; they must equal the key of each
  // reading's own form, and the Arabic fold table must agree with the per-letter fold.
  const letters = [...'وفبلكالمنهيةىأإآؤئـًٌٍَُِّْ٠١abcXİ-.'];
  it('give the key of their own form', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...letters), { minLength: 1, maxLength: 9 }), (chars) => {
        const word = chars.join('');
        for (const r of baseReadings(word, nameKey)) {
          expect(r.key).toBe(nameKey(r.form));
          // The offset points at the base in the word as written (marks included).
          const rest = word.slice(r.offset).replace(/[\u064b-\u065f\u0670\u06d6-\u06ed\u0640]/g, '');
          expect([rest, `ا${rest}`]).toContain(r.form);
        }
      }),
    );
  });
  it.each([
    ['وبكين', 'بكين'],
    ['للحلف', 'الحلف'],
    ['بالصين', 'الصين'],
  ])('%s has the reading %s', (word, form) => {
    expect(baseReadings(word, nameKey).map((r) => r.form)).toContain(form);
  });
});

describe('nameKey fast path', () => {
  // The per-letter definition, as nameKey computed it before its no-change shortcut.
  const reference = (text: string): string =>
    [...text]
      .map((ch) => {
        const c = ch.charCodeAt(0);
        if ((c >= 0x064b && c <= 0x065f) || c === 0x0670 || (c >= 0x06d6 && c <= 0x06ed) || c === 0x0640) return '';
        if ('.-\u2010\u2011\u00b7\'\u2019 \t\u00a0'.includes(ch)) return '';
        if (c >= 0x0660 && c <= 0x0669) return String.fromCharCode(c - 0x0660 + 48);
        if (c >= 0x06f0 && c <= 0x06f9) return String.fromCharCode(c - 0x06f0 + 48);
        return nameKey(ch);
      })
      .join('');
  it('gives the per-letter key whether or not a letter changes', () => {
    const letters = [...'بكينالصيأإآىةؤئًٌ٠۳ـ abcXYZ-.\'éÉ'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...letters), { maxLength: 10 }), (chars) => {
        const s = chars.join('');
        expect(nameKey(s)).toBe(reference(s));
      }),
    );
  });
  it('keys long words and glyph forms mid-word the same way', () => {
    // Words of hundreds to thousands of units; ﺑ and ﻻ are presentation forms (ﻻ stands for two
    // letters), Ω a letter of another script.
    const letters = [...'بأةى٣ـA', '\ufe91', '\ufefb', 'Ω'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...letters), { minLength: 200, maxLength: 2600 }), (chars) => {
        const s = chars.join('');
        expect(nameKey(s)).toBe(reference(s));
      }),
      { numRuns: 40 },
    );
    expect(nameKey('أ'.repeat(3000))).toBe('ا'.repeat(3000));
  });
});
