// Companies of data/names/companies.tsv in news sentences written for this test (not taken from any
// corpus). Each case is the text before the name, the name as written, and the text after it, so the
// expected span is known without searching the sentence.
import { gazetteerRecognizer, lookup } from '../../src/recognize/names/gazetteer';
import { splitSentences, tokenize } from '../../src/tokenize';
import type { NameEntity } from '../../src/types';
import { names } from '../helpers/name-cases';
import { expectOffsets } from '../helpers/offsets';

function gazetteerOnly(text: string): NameEntity[] {
  const tokens = tokenize(text);
  const found = gazetteerRecognizer.recognize({ text, tokens, sentences: splitSentences(text, tokens) }) as NameEntity[];
  expectOffsets(text, found);
  return found;
}

function expectNoCompany(text: string, id: string): void {
  expect(names(text).map((e) => e.id)).not.toContain(id);
}

// [before, name as written, after, id, English name]
type Case = readonly [string, string, string, string, string];

function expectCompany(...[before, surface, after, id, en]: Case): void {
  const text = before + surface + after;
  const e = names(text).find((x) => x.start === before.length);
  expect(e).toMatchObject({ type: 'organization', id, text: surface, start: before.length, end: before.length + surface.length });
  expect(e?.name.en).toBe(en);
}

describe('companies in news sentences', () => {
  test.each<Case>([
    ['رفعت ', 'سامسونغ', ' أسعار هواتفها الجديدة في الأسواق الآسيوية', 'org:company:samsung', 'Samsung'],
    ['وقّعت الحكومة اتفاقاً مع ', 'هواوي', ' لبناء شبكة الجيل الخامس', 'org:company:huawei', 'Huawei'],
    ['ارتفعت أسهم ', 'إنفيديا', ' بعد إعلان نتائجها الفصلية', 'org:company:nvidia', 'Nvidia'],
    ['خفضت ', 'تسلا', ' أسعار سياراتها الكهربائية للمرة الثالثة هذا العام', 'org:company:tesla', 'Tesla'],
    ['أعلنت ', 'أرامكو السعودية', ' عن تراجع أرباحها الفصلية', 'org:company:saudi-aramco', 'Saudi Aramco'],
    ['وقعت ', 'أدنوك', ' عقداً لتطوير حقل غاز بحري', 'org:company:adnoc', 'Abu Dhabi National Oil Company'],
    ['تعتزم ', 'سوناطراك', ' رفع إنتاجها من الغاز الطبيعي', 'org:company:sonatrach', 'Sonatrach'],
    ['باعت ', 'تويوتا', ' أكثر من عشرة ملايين سيارة العام الماضي', 'org:company:toyota', 'Toyota'],
    ['أطلقت ', 'أوبن إيه آي', ' نموذجاً جديداً للذكاء الاصطناعي', 'org:company:openai', 'OpenAI'],
    ['أطلقت ', 'سبيس إكس', ' صاروخاً يحمل أقماراً اصطناعية', 'org:company:spacex', 'SpaceX'],
    ['ذكرت تقارير صحفية أن ', 'جوجل', ' ستطلق خدمة جديدة', 'org:company:google', 'Google'],
    ['تراجعت مبيعات ', 'فولكس فاغن', ' في الصين خلال الربع الأخير', 'org:company:volkswagen', 'Volkswagen'],
    ['استحوذت ', 'مايكروسوفت', ' على حصة في الشركة الناشئة', 'org:company:microsoft', 'Microsoft'],
  ])('%s[%s]%s', expectCompany);
});

describe('attached particles stay outside the span', () => {
  test.each<Case>([
    ['تتنافس سامسونغ و', 'هواوي', ' على سوق الهواتف', 'org:company:huawei', 'Huawei'],
    ['باعت الحكومة حصتها لشركة ', 'سامسونغ', ' الكورية', 'org:company:samsung', 'Samsung'],
    ['رفعت الدولة حصتها ب', 'أرامكو', ' إلى تسعين في المئة', 'org:company:saudi-aramco', 'Saudi Aramco'],
    ['قال تقرير إن الحصة السوقية ل', 'أمازون', ' تراجعت', 'org:company:amazon', 'Amazon'],
  ])('%s[%s]%s', expectCompany);
});

describe('Latin forms match with their case', () => {
  test.each<Case>([
    ['أعلنت شركة ', 'Apple', ' عن هاتف جديد', 'org:company:apple', 'Apple'],
    ['تعاونت ', 'Microsoft', ' مع الجامعة في مشروع بحثي', 'org:company:microsoft', 'Microsoft'],
    ['أصدرت شركة ', 'OpenAI', ' نموذجاً جديداً', 'org:company:openai', 'OpenAI'],
    ['ارتفعت أرباح ', 'TSMC', ' بفضل رقائق الذكاء الاصطناعي', 'org:company:tsmc', 'Taiwan Semiconductor Manufacturing Company'],
    ['وقعت ', 'ADNOC', ' اتفاقاً للغاز', 'org:company:adnoc', 'Abu Dhabi National Oil Company'],
  ])('%s[%s]%s', expectCompany);

  test.each([
    ['كلمة apple تعني تفاحة بالإنجليزية', 'org:company:apple'],
    ['قرأت عن شركة openai في مقال', 'org:company:openai'],
  ])('%s has no %s', expectNoCompany);
});

describe('forms that are also ordinary words need a company word', () => {
  // Paired: the same form after شركة is the company, without it it is the ordinary word.
  test.each<Case>([
    ['أعلنت شركة ', 'أبل', ' عن هاتف جديد في مؤتمرها السنوي', 'org:company:apple', 'Apple'],
    ['قالت ', 'آبل', ' إن مبيعات هواتفها تراجعت', 'org:company:apple', 'Apple'],
    ['كشفت شركة ', 'ميتا', ' عن نظارة ذكية جديدة', 'org:company:meta', 'Meta'],
    ['رفعت شركة ', 'فيزا', ' رسوم المعاملات الدولية', 'org:company:visa', 'Visa'],
    ['استدعت شركة ', 'فورد', ' آلاف السيارات لإصلاح عيب في المكابح', 'org:company:ford', 'Ford'],
  ])('%s[%s]%s', expectCompany);

  test.each([
    ['أطلق المسلحون وابل من الرصاص على الحافلة', 'org:company:apple'],
    ['يربي سكان البادية إبل وماعز', 'org:company:apple'],
    ['عثرت الشرطة عليه ميتا في منزله', 'org:company:meta'],
    ['حصل على فيزا للسفر إلى فرنسا', 'org:company:visa'],
    ['ألقى الرئيس الأمريكي الأسبق جيرالد فورد خطاباً', 'org:company:ford'],
  ])('%s has no %s', expectNoCompany);

  test('the company word gives the lower, triggered confidence and only a company reading', () => {
    expect(gazetteerOnly('كشفت شركة ميتا عن نظارة')).toMatchObject([{ id: 'org:company:meta', confidence: 0.7 }]);
    expect(gazetteerOnly('ارتفع سهم ميتا أمس')).toEqual([]);
    // شركة announces a listed company, not any organization: Al Jazeera's ordinary-word form stays out.
    expect(gazetteerOnly('أعلنت شركة الجزيرة للطيران عن رحلات جديدة')).toEqual([]);
  });
});

describe('places and other names are not companies', () => {
  test.each([
    ['يصب نهر الأمازون في المحيط الأطلسي', 'org:company:amazon'],
    ['تحترق غابات الأمازون منذ أسابيع', 'org:company:amazon'],
    ['فاز في سباق الإبل السنوي', 'org:company:apple'],
    ['تقع مقاطعة بيركشاير غرب لندن', 'org:company:berkshire-hathaway'],
  ])('%s has no %s', expectNoCompany);

  test('Qatar the country stays a country next to QatarEnergy', () => {
    expect(names('وقعت قطر للطاقة عقداً').map((e) => e.id)).toContain('org:company:qatarenergy');
    expect(names('زار الوزير قطر أمس').map((e) => e.id)).toContain('QA');
  });
});

describe('every company has its state', () => {
  test.each([
    ['أبل', 'US'],
    ['أرامكو', 'SA'],
    ['سامسونج', 'KR'],
    ['تي إس إم سي', 'TW'],
    ['سوناتراك', 'DZ'],
    ['شياومي', 'CN'],
    ['نوكيا', 'FI'],
  ])('%s → %s', (form, country) => {
    const [entry] = lookup(form).filter((e) => e.id.startsWith('org:company:'));
    expect(entry?.country).toBe(country);
  });
});
