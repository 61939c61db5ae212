import type { Context } from '../../src/pipeline/types';
import { cleanModelNames, linkNameMentions, mergeNameSources } from '../../src/recognize/names/refine';
import { gazetteerRecognizer } from '../../src/recognize/names/gazetteer';
import { personReading } from '../../src/recognize/names/model/reading';
import { splitSentences, tokenize } from '../../src/tokenize';
import type { Entity, NameEntity } from '../../src/types';
import { expectOffsets } from '../helpers/offsets';

function context(text: string): Context {
  const tokens = tokenize(text);
  return { text, tokens, sentences: splitSentences(text, tokens) };
}

/** A tagger-style entity over the first occurrence of `span` (tests may search; the library may not). */
function model(ctx: Context, span: string, type: NameEntity['type'], confidence = 0.95, from = 0): NameEntity {
  const start = ctx.text.indexOf(span, from);
  if (start < 0) throw new Error(`no ${span}`);
  return { type, text: span, start, end: start + span.length, id: `doc:${span}`, name: { ar: span }, source: 'model', confidence };
}

function run(ctx: Context, entities: Entity[]): NameEntity[] {
  let out = [...entities].sort((a, b) => a.start - b.start);
  for (const r of [cleanModelNames, mergeNameSources, linkNameMentions]) out = r.refine(ctx, out).sort((a, b) => a.start - b.start);
  expectOffsets(ctx.text, out);
  return out as NameEntity[];
}

const gaz = (ctx: Context): Entity[] => gazetteerRecognizer.recognize(ctx);

describe('cleanModelNames', () => {
  test.each(['الروسي', 'الأمريكية', 'الألمان', 'الرئيس', 'وزارة', 'حلف'])('drops %s alone', (word) => {
    const ctx = context(`قال ${word} أمس`);
    expect(run(ctx, [model(ctx, word, 'misc')])).toEqual([]);
  });

  test('keeps a currency word (ANERcorp MISC; inside an amount the quantity stage wins)', () => {
    const ctx = context('ارتفع الدولار أمس');
    expect(run(ctx, [model(ctx, 'الدولار', 'misc')]).map((e) => e.text)).toEqual(['الدولار']);
  });

  test('keeps a real name next to them (paired positive)', () => {
    const ctx = context('قال فيلدنبرغ أمس');
    expect(run(ctx, [model(ctx, 'فيلدنبرغ', 'person')]).map((e) => e.text)).toEqual(['فيلدنبرغ']);
  });

  test('trims titles and definite nationality adjectives off the start', () => {
    const ctx = context('قال الرئيس الروسي ماركوس فيلدنبرغ أمس');
    const [e] = run(ctx, [model(ctx, 'الرئيس الروسي ماركوس فيلدنبرغ', 'person')]);
    expect(e).toMatchObject({ text: 'ماركوس فيلدنبرغ', name: { ar: 'ماركوس فيلدنبرغ' }, type: 'person' });
  });

  test.each(['سعيد محمد الكندي', 'كيني ميلر', 'عبد الواحد لبيني'])('keeps nisba family names and indefinite look-alikes: %s', (name) => {
    const ctx = context(`قال ${name} أمس`);
    expect(run(ctx, [model(ctx, name, 'person')]).map((e) => e.text)).toEqual([name]);
  });

  test.each([
    ['لم يكن هناك احتفاء زائدٌ بالرئيس جورج بوش', 'زائدٌ بالرئيس جورج بوش', 'جورج بوش'],
    ['قال جورج بوش كلاماً', 'جورج بوش كلاماً', 'جورج بوش'],
  ])('trims a word written with tanween off either edge: %s', (text, span, expected) => {
    const ctx = context(text);
    const [e] = run(ctx, [model(ctx, span, 'person')]);
    expect(e?.text).toBe(expected);
  });

  // The tagger's span starts after the letter the clitic analyser cut off (ان of فان): a name gets its
  // first letters back when what is left is a function word; a given name that folds like one keeps the cut.
  test.each([
    ['سجل فان نيستلروي هدفين', 'ان نيستلروي', 'person', 'فان نيستلروي'],
    ['قال واين روني إن الفريق جاهز', 'اين روني', 'person', 'واين روني'],
    ['وصل إلى واو في جنوب السودان', 'او', 'location', 'واو'],
    ['تحدث لعلي بن أبي طالب', 'علي بن أبي طالب', 'person', 'علي بن أبي طالب'],
    ['وقال وحسن روحاني', 'حسن روحاني', 'person', 'حسن روحاني'],
  ] as const)('a proclitic left before a function word: %s', (text, span, type, expected) => {
    const ctx = context(text);
    const [e] = run(ctx, [model(ctx, span, type)]);
    expect(e?.text).toBe(expected);
  });

  test.each(['تاريخاً', 'غنيًا', 'كتابٌ'])('drops one word written with tanween: %s', (word) => {
    const ctx = context(`كان ${word} مهما`);
    expect(run(ctx, [model(ctx, word, 'location', 0.97)])).toEqual([]);
  });

  // The tagger's span starts where the clitic analyser put the base: inside a given name it misread.
  test.each([
    ['وقال وليد جنبلاط', 'يد جنبلاط', 'وليد جنبلاط'],
    ['وأكد سامر الخطيب', 'امر الخطيب', 'سامر الخطيب'],
    ['وأشار بسام شراب', 'سام شراب', 'بسام شراب'],
    ['واجتمع وفادي حداد', 'ادي حداد', 'فادي حداد'],
    // A name the lexicons know with its ب، ك or ل, while the rest is no name (ريس، روس).
    ['والتقى كريس كلارك', 'ريس كلارك', 'كريس كلارك'],
    ['وقال الممثل بروس ويليس', 'روس ويليس', 'بروس ويليس'],
  ])('a given name keeps its first letter: %s', (text, span, expected) => {
    const ctx = context(text);
    const [e] = run(ctx, [model(ctx, span, 'person')]);
    expect(e).toMatchObject({ text: expected, name: { ar: expected } });
  });

  test.each([
    ['وقال وأحمد علي', 'أحمد علي', 'person'],
    ['وقال لمحمد علي', 'محمد علي', 'person'],
    ['وصل إلى وليد', 'يد', 'location'],
    // The rest is a name itself (نزار), a given name as often as a word (علي), or a listed place.
    ['وقصيدة لنزار قباني', 'نزار قباني', 'person'],
    ['وقال بعلي الكيماوي', 'علي الكيماوي', 'person'],
    ['وأشاد بهتلر', 'هتلر', 'person'],
    ['وقال بفرنسا', 'فرنسا', 'location'],
  ])('keeps a real proclitic, and leaves other types alone: %s', (text, span, type) => {
    const ctx = context(text);
    const [e] = run(ctx, [model(ctx, span, type as NameEntity['type'])]);
    expect(e?.text).toBe(span);
  });

  test('an unsure ordinary-word form is dropped, a sure one kept', () => {
    const ctx = context('استقلال الجزيرة');
    expect(run(ctx, [model(ctx, 'الجزيرة', 'organization', 0.75)])).toEqual([]);
    expect(run(ctx, [model(ctx, 'الجزيرة', 'organization', 0.97)]).map((e) => e.text)).toEqual(['الجزيرة']);
  });

  test('so is one whose article a preposition contracted (للجزيرة, the span لجزيرة)', () => {
    const ctx = context('يمتلك السكان للجزيرة أراضي');
    const span = (confidence: number): NameEntity => ({ ...model(ctx, 'لجزيرة', 'organization', confidence), name: { ar: 'الجزيرة' } });
    expect(run(ctx, [span(0.64)])).toEqual([]);
    expect(run(ctx, [span(0.97)]).map((e) => e.text)).toEqual(['لجزيرة']);
  });
});

describe('mergeNameSources', () => {
  test('the same span from both sources becomes one, source both', () => {
    const ctx = context('وصل إلى بكين');
    const out = run(ctx, [model(ctx, 'بكين', 'location'), ...gaz(ctx)]);
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({ id: 'city:cn:beijing', source: 'both', name: { en: 'Beijing' } });
  });

  test('a sure tagger turns a listed place into an organization (metonymy), never a listed org into a person', () => {
    const club = context('فاز برشلونة على ريال مدريد');
    // The list knows the club by the city's name as a doubted form: the organization takes its id.
    expect(run(club, [model(club, 'برشلونة', 'organization', 0.95), ...gaz(club)]).find((e) => e.text === 'برشلونة')).toMatchObject({
      type: 'organization',
      id: 'org:club:barcelona',
      name: { ar: 'برشلونة', en: 'FC Barcelona' },
      source: 'both',
    });
    // A place the list knows no organization by keeps the tagger's document-local id.
    const city = context('فاز هامبورغ على ريال مدريد');
    expect(run(city, [model(city, 'هامبورغ', 'organization', 0.95), ...gaz(city)]).find((e) => e.text === 'هامبورغ')).toMatchObject({
      type: 'organization',
      source: 'model',
    });
    const pact = context('قال إن أوكوس يهدد السلام');
    expect(run(pact, [model(pact, 'أوكوس', 'person', 0.98), ...gaz(pact)])).toEqual([
      expect.objectContaining({ text: 'أوكوس', type: 'organization', id: 'org:aukus', source: 'both' }),
    ]);
  });

  test.each([
    ['قال سولانا إن الاتحاد يدعم الاتفاق', 'سولانا', 0.9, 'person'],
    ['نقل السجناء إلى سجن أبو غريب', 'أبو غريب', 0.6, 'location'],
    ['وقال الصين إن', 'الصين', 0.95, 'location'],
  ])('a sure tagger reads a city, never a country, as a person: %s', (text, span, confidence, type) => {
    const ctx = context(text);
    const out = run(ctx, [model(ctx, span, 'person', confidence), ...gaz(ctx)]);
    expect(out.find((e) => e.text === span)?.type).toBe(type);
  });

  test.each([
    // A title before the name: the person, even when the tagger is unsure; without the title the city.
    ['وقال اللورد هاليفاكس إن الحرب قادمة', 'اللورد هاليفاكس', 'هاليفاكس', 'person'],
    ['وقال هاليفاكس إن الحرب قادمة', 'هاليفاكس', 'هاليفاكس', 'location'],
  ])('a city name right after a title is a person: %s', (text, span, name, type) => {
    const ctx = context(text);
    const out = run(ctx, [model(ctx, span, 'person', 0.6), ...gaz(ctx)]);
    expect(out.find((e) => e.text === name)?.type).toBe(type);
  });

  test('a tagger span across two known names gives way to them', () => {
    const ctx = context('بوتين وشي جينبينغ يعلنان');
    const out = run(ctx, [model(ctx, 'بوتين وشي جينبينغ', 'person'), ...gaz(ctx)]);
    expect(out.map((e) => [e.text, e.id])).toEqual([
      ['بوتين', 'person:vladimir-putin'],
      ['شي جينبينغ', 'person:xi-jinping'],
    ]);
  });

  test('an organization that embeds a place keeps its span', () => {
    const ctx = context('درس في جامعة بكين');
    const out = run(ctx, [model(ctx, 'جامعة بكين', 'organization'), ...gaz(ctx)]);
    expect(out.map((e) => [e.text, e.type])).toEqual([['جامعة بكين', 'organization']]);
  });

  test('a tagger span the gazetteer knows by an ordinary-word form takes its id', () => {
    const ctx = context('وصل إلى فرح');
    const [e] = run(ctx, [model(ctx, 'فرح', 'location')]);
    expect(e).toMatchObject({ id: 'city:af:farah', source: 'both', name: { en: 'Farah' } });
  });
});

describe('linkNameMentions', () => {
  test('unknown names get document-local ids shared by equal mentions', () => {
    const ctx = context('قال فيلدنبرغ ثم التقى تومسون ثم عاد فيلدنبرغ');
    const out = run(ctx, [model(ctx, 'فيلدنبرغ', 'person'), model(ctx, 'تومسون', 'person'), model(ctx, 'فيلدنبرغ', 'person', 0.9, 30)]);
    expect(out.map((e) => e.id)).toEqual(['doc:1', 'doc:2', 'doc:1']);
  });

  test('a surname after the full name is linked, even where the tagger missed it', () => {
    const ctx = context('وأوضح ماركوس فيلدنبرغ أن الاجتماع مهم. وقال فيلدنبرغ للصحافيين إن ذلك متوقع. وأكد لفيلدنبرغ ذلك');
    const out = run(ctx, [model(ctx, 'ماركوس فيلدنبرغ', 'person')]);
    expect(out.map((e) => [e.text, e.source])).toEqual([
      ['ماركوس فيلدنبرغ', 'model'],
      ['فيلدنبرغ', 'linked'],
      ['فيلدنبرغ', 'linked'],
    ]);
    expect(new Set(out.map((e) => e.id)).size).toBe(1);
    expect(out[2]?.name.ar).toBe('ماركوس فيلدنبرغ');
  });

  test('a later bare surname the tagger typed wrongly becomes the person', () => {
    const ctx = context('وأوضح ماركوس فيلدنبرغ أن الاجتماع مهم. وقال فيلدنبرغ للصحافيين');
    const out = run(ctx, [model(ctx, 'ماركوس فيلدنبرغ', 'person'), model(ctx, 'فيلدنبرغ', 'misc', 0.6, 20)]);
    expect(out[1]).toMatchObject({ type: 'person', source: 'linked', id: out[0]?.id });
  });

  test('a surname that is a place is not linked', () => {
    const ctx = context('قال جون لندن أمس. ثم زار لندن');
    const out = run(ctx, [model(ctx, 'جون لندن', 'person')]);
    expect(out.filter((e) => e.source === 'linked')).toEqual([]);
  });

  test('a surname that is also an ordinary word links only where the tagger found the person', () => {
    // جمال الدين: الدين ends a compound name and is also "religion"; the lexicons read it as both.
    const ctx = context('وقال اياد جمال الدين إن الدين لا يفرق. وأضاف الدين للصحافيين');
    const found = model(ctx, 'الدين', 'person', 0.9, 40);
    const out = run(ctx, [model(ctx, 'اياد جمال الدين', 'person'), found]);
    expect(out.map((e) => [e.text, e.source, e.start])).toEqual([
      ['اياد جمال الدين', 'model', 5],
      ['الدين', 'linked', found.start],
    ]);
    // The same surname typed as another kind of name keeps its type.
    const typed = run(ctx, [model(ctx, 'اياد جمال الدين', 'person'), { ...found, type: 'misc' }]);
    expect(typed[1]).toMatchObject({ type: 'misc', source: 'model' });
  });

  test('a surname mostly known as another kind of name never links', () => {
    const ctx = context('وسجل محمد ابو تريكة الأهلي هدفا. وفاز الأهلي على الزمالك');
    const club = model(ctx, 'الأهلي', 'organization', 0.9, 30);
    const out = run(ctx, [model(ctx, 'محمد ابو تريكة الأهلي', 'person'), club]);
    expect(out.filter((e) => e.source === 'linked')).toEqual([]);
    expect(out.find((e) => e.start === club.start)).toMatchObject({ type: 'organization' });
  });

  test('a known short form counts only with the full name in the document', () => {
    const withFull = context('التقى شي جينبينغ بوفد. وقال شي إن التعاون مهم');
    expect(run(withFull, gaz(withFull)).map((e) => [e.text, e.source])).toEqual([
      ['شي جينبينغ', 'gazetteer'],
      ['شي', 'linked'],
    ]);
    const alone = context('وقال شي إن التعاون مهم');
    expect(run(alone, gaz(alone))).toEqual([]);
  });

  test('a surname two people of the document share links to neither', () => {
    const ctx = context('التقى نيستور كيرشنر مع كريستينا فرنانديز دي كيرشنر. وقال كيرشنر إن');
    const out = run(ctx, gaz(ctx));
    expect(out.map((e) => e.id)).toEqual(['person:nestor-kirchner', 'person:cristina-fernandez-de-kirchner']);
  });

  test('a known surname after the full name is linked', () => {
    const ctx = context('وصل فلاديمير بوتين. وقال بوتين إن');
    const out = run(ctx, gaz(ctx));
    expect(out.map((e) => [e.text, e.id, e.source])).toEqual([
      ['فلاديمير بوتين', 'person:vladimir-putin', 'gazetteer'],
      ['بوتين', 'person:vladimir-putin', 'linked'],
    ]);
  });
});

describe('a name and another in parentheses', () => {
  test('a document-local name takes the listed id of the name in parentheses, and so do its other mentions', () => {
    const ctx = context('وأفادت الوكالة الرسمية للبلاد (سانا) بأن الوفد وصل. ونقلت الوكالة الرسمية للبلاد عن مصدر');
    const out = run(ctx, [model(ctx, 'الوكالة الرسمية للبلاد', 'organization'), ...gaz(ctx), model(ctx, 'الوكالة الرسمية للبلاد', 'organization', 0.9, 40)]);
    expect(out.map((e) => [e.text, e.id, e.source])).toEqual([
      ['الوكالة الرسمية للبلاد', 'org:sana', 'linked'],
      ['سانا', 'org:sana', 'gazetteer'],
      ['الوكالة الرسمية للبلاد', 'org:sana', 'linked'],
    ]);
    expect(out[0]?.name).toEqual(out[1]?.name);
  });

  test('a Latin acronym in parentheses becomes a mention of the name before it', () => {
    const ctx = context('قال بنك التنمية الجديد ( NDB ) إن القرض أقر');
    const out = run(ctx, [model(ctx, 'بنك التنمية الجديد', 'organization')]);
    expect(out.map((e) => [e.text, e.source])).toEqual([
      ['بنك التنمية الجديد', 'model'],
      ['NDB', 'linked'],
    ]);
    expect(out[1]?.id).toBe(out[0]?.id);
  });

  test.each([
    ['names of two types', 'زار فيلدنبرغ (سانا) أمس', 'person'],
    ['no parentheses', 'قال بنك التنمية الجديد NDB إن', 'organization'],
    ['not an acronym', 'قال بنك التنمية الجديد (Bank) إن', 'organization'],
    ['a long parenthesis', 'قال بنك التنمية الجديد (ABCDEFGHIJKLMNOP) إن', 'organization'],
  ])('nothing is linked or added: %s', (_why, text, type) => {
    const ctx = context(text);
    const first = type === 'person' ? 'فيلدنبرغ' : 'بنك التنمية الجديد';
    const out = run(ctx, [model(ctx, first, type as NameEntity['type']), ...gaz(ctx)]);
    expect(out.filter((e) => e.source === 'linked')).toEqual([]);
  });
});

describe('personReading', () => {
  // Read from the committed model's lexicons (the training split's and WikiFANE's counts).
  test.each([
    ['كريتنبرينك', 'unknown'],
    ['وكريتنبرينك', 'unknown'],
    ['بوتين', 'person'],
    ['أنان', 'person'],
    ['دين', 'mixed'],
    ['الدين', 'mixed'],
    ['جمعة', 'mixed'],
    ['الأهلي', 'other'],
    ['كوريا', 'other'],
    ['الاسلام', 'other'],
  ])('%s reads as %s', (word, reading) => {
    expect(personReading(word)).toBe(reading);
  });
});
