import type { Context, Recognizer } from '../../../pipeline/types.js';
import type { NameEntity, Token } from '../../../types.js';
import { readingsOf } from './clitics.js';
import { documentCountries, hasRivalCountries, preferByCountry } from './country-context.js';
import { type FormRef, latinLetters, loadGazetteer } from './entries.js';
import { nameKey } from './key.js';
import { scanForms } from './scan.js';
import { endsInTanween } from '../tanween.js';
import { mapPacked } from '../../../util/arrays.js';
import { copyName, nameEntity } from '../entity.js';

// Words that announce a place name: after them an ambiguous city form (فرح، صور) is read as the place.
const PLACE_TRIGGERS = new Set(
  ['مدينة', 'عاصمة', 'العاصمة', 'بلدة', 'قرية', 'ولاية', 'محافظة', 'إقليم', 'منطقة', 'ميناء', 'مدينتي', 'بمدينة', 'لمدينة', 'وعاصمتها', 'عاصمتها'].map(nameKey),
);

// Words that announce a news outlet: after them an ambiguous media form (الجزيرة، العربية) is read as the
// channel (مراسل الجزيرة, the correspondent of Al Jazeera). Read through the word's proclitics (لمراسل).
// Not موقع: it is a website, but as often a location (موقع الجزيرة بين القارتين).
const MEDIA_TRIGGERS = new Set(['مراسل', 'مراسلة', 'مراسلو', 'مراسلي', 'موفد', 'موفدة', 'مذيع', 'مذيعة', 'قناة', 'شبكة', 'تلفزيون'].map(nameKey));

// Words that announce a movement or a group: after them an ambiguous form of a listed movement is read as
// the movement (حركة حماس، وحركة فتح، جماعة أنصار الله), and the span is the name alone, as ANERcorp
// tags it (حركة O, حماس B-ORG).
const MOVEMENT_TRIGGERS = new Set(['حركة', 'حركتا', 'حركتي', 'جماعة', 'تنظيم'].map(nameKey));

// Verbs of saying and reporting, and statement nouns: an island or a language neither speaks nor is
// spoken to, so right after one of these an ambiguous outlet form with no particle or with ل ("to") is the
// outlet (ذكرت الجزيرة، قال للجزيرة، في تصريحات للعربية). With ب it is not (قال بالعربية: in Arabic).
const STATEMENT_WORDS = new Set(
  ['قال', 'قالت', 'ذكر', 'ذكرت', 'أفاد', 'أفادت', 'نقل', 'نقلت', 'أضاف', 'أضافت', 'أكد', 'أكدت', 'صرح', 'صرحت', 'أوضح', 'أوضحت', 'بثت', 'نشرت', 'كشفت', 'تصريح', 'تصريحات', 'حديث', 'مقابلة'].map(nameKey),
);
const TO = 'ل';

// Words that announce a company (شركة ميتا، لشركة فورد): after them an ambiguous form of a listed company
// (data/names/companies.tsv) is the company, and no other kind of organization.
const COMPANY_TRIGGERS = new Set(['شركة', 'شركتا', 'شركتي'].map(nameKey));
const COMPANY_ID = 'org:company:';

// Words that announce a club (نادي برشلونة، فريق ليفربول): after them a listed club known by its city's
// name (data/names/clubs.tsv) is the club, even where the city list reads the same form plainly. As in
// ANERcorp, the word itself stays outside the name.
const CLUB_TRIGGERS = new Set(['نادي', 'فريق'].map(nameKey));
const CLUB_ID = 'org:club:';

// A party's name is a definite noun phrase that other parties' names extend with more definite adjectives:
// الحزب الديمقراطي is the American party, but الحزب الديمقراطي الكردستاني, المسيحي or الصربي is another. A
// listed party name followed by a definite word is left to the tagger (the list holds the longer names it
// knows, such as الحزب الجمهوري الأمريكي, and the scan takes the longest).
const PARTY_ID = 'org:party:';
function continuedByAdjective(tokens: readonly Token[], last: number): boolean {
  const next = tokens[last + 1];
  return next !== undefined && next.kind === 'word' && next.start === (tokens[last] as Token).end + 1 && next.text.startsWith('ال');
}

/** What a trigger word announces: a type of name, a listed company, or a listed club. */
type Announced = NameEntity['type'] | 'company' | 'club';

const CONFIDENCE = { known: 0.95, city: 0.85, triggered: 0.7 } as const;

// Opening quotes and brackets a writer may put between the trigger and the name (مدينة "بورصة").
const OPENERS = new Set(['"', '«', '“', '„', "'", '‘', '(', '[']);

/** The token before the match, skipping opening quotes and brackets. */
function wordBefore(tokens: readonly Token[], first: number): Token | undefined {
  let i = first - 1;
  while (i >= 0 && OPENERS.has((tokens[i] as Token).text)) i--;
  return i >= 0 ? tokens[i] : undefined;
}

/**
 * The type a trigger word before the match announces: a place (مدينة), an outlet (مراسل; قال before a
 * bare or ل form), a listed company (شركة), or none.
 */
function announced(ctx: Context, m: { first: number; start: number }): Announced | undefined {
  const prev = wordBefore(ctx.tokens, m.first);
  if (prev === undefined) return undefined;
  if (PLACE_TRIGGERS.has(nameKey(prev.text))) return 'location';
  const readings = readingsOf(prev.text);
  if (readings.some((r) => MEDIA_TRIGGERS.has(r.key) || MOVEMENT_TRIGGERS.has(r.key))) return 'organization';
  if (readings.some((r) => COMPANY_TRIGGERS.has(r.key))) return 'company';
  if (readings.some((r) => CLUB_TRIGGERS.has(r.key))) return 'club';
  const particles = ctx.text.slice((ctx.tokens[m.first] as Token).start, m.start);
  return (particles === '' || particles === TO) && readings.some((r) => STATEMENT_WORDS.has(r.key)) ? 'organization' : undefined;
}

function pick(refs: readonly FormRef[], trigger: Announced | undefined): { ref: FormRef; confidence: number } | null {
  // A club word takes a listed club over a place of the same name.
  const club = trigger === 'club' ? refs.find((r) => r.entry.id.startsWith(CLUB_ID)) : undefined;
  if (club) return { ref: club, confidence: CONFIDENCE.triggered };
  const sure = refs.find((r) => !r.ambiguous);
  if (sure) return { ref: sure, confidence: sure.entry.id.startsWith('city:') ? CONFIDENCE.city : CONFIDENCE.known };
  const chosen = trigger === undefined ? undefined : refs.find((r) => (trigger === 'company' ? r.entry.id.startsWith(COMPANY_ID) : r.entry.type === trigger));
  return chosen ? { ref: chosen, confidence: CONFIDENCE.triggered } : null;
}

// ة and ه are one letter in keys (spelling tolerance), but a final ه is usually the attached pronoun:
// `وجده` (found it) is not `وجدة` (Oujda). A one-word match written with ه for a name written with ة
// needs the tagger or a trigger word.
function pronounSafe(text: string, start: number, end: number, oneWord: boolean, refs: readonly FormRef[]): readonly FormRef[] {
  if (!oneWord || !/\u0647[\u064b-\u0652]*$/.test(text.slice(start, end))) return refs;
  return mapPacked(refs, (r) => (r.entry.name.ar.endsWith('\u0629') ? { entry: r.entry, ambiguous: true, latin: r.latin } : r));
}

// A listed form may include a title (الشيخ تميم بن حمد); the person's span does not, as in the tagger's
// training data and after the title-trimming refiner.
function afterTitles(ctx: Context, first: number, last: number, start: number): number {
  const { titles } = loadGazetteer();
  let i = first;
  while (i < last && readingsOf((ctx.tokens[i] as Token).text).some((r) => titles.has(r.key))) i++;
  return i === first ? start : (ctx.tokens[i] as Token).start;
}

/**
 * Finds known names (countries, cities, regions, organizations, people) by dictionary lookup over the
 * tokens: clitic-aware, spelling-tolerant, longest match first. Forms that are also ordinary words are
 * reported only after a trigger word: a place trigger (مدينة، عاصمة …) for a place, an outlet word
 * (مراسل، قناة …) for a news medium (مراسل الجزيرة), a movement word (حركة، جماعة، تنظيم) for a listed
 * movement (حركة حماس), a company word (شركة) for a listed company (شركة ميتا); a club word (نادي، فريق)
 * takes a listed club even over a place of the same name (نادي برشلونة);
 * otherwise the merge refiner lets the tagger decide.
 * Latin forms (`WHO`, `Reuters`) match only with the case of their letters. A form of places in two
 * countries goes to the country the document names more often otherwise (`عمان` is Amman next to
 * `الأردنية` or `بترا`, Oman by default).
 *
 * @example
 * ```ts
 * gazetteerRecognizer.recognize(ctx).map((e) => e.text); // ['بكين', 'لحلف الأطلسي', …]
 * ```
 */
export const gazetteerRecognizer: Recognizer = {
  name: 'names-gazetteer',
  stage: 'names',
  recognize(ctx: Context): NameEntity[] {
    const g = loadGazetteer();
    const out: NameEntity[] = [];
    const matches = scanForms(ctx.tokens, g.forms);
    // Counted only for a document with a form of two countries (عمان: Oman, or Amman in Jordan).
    let countries: Map<string, number> | undefined;
    for (const m of matches) {
      let refs = m.payloads;
      // A Latin form matches only as written (WHO, not the word "who").
      if (refs.some((r) => r.latin !== undefined)) {
        const written = latinLetters(ctx.text.slice(m.start, m.end));
        refs = refs.filter((r) => r.latin === undefined || r.latin === written);
        if (refs.length === 0) continue;
      }
      if (hasRivalCountries(refs)) refs = preferByCountry(refs, (countries ??= documentCountries(ctx.tokens, matches, g)));
      // A one-word match written with tanween is a common word (تاريخاً is no Tarija).
      if (m.first === m.last && endsInTanween(ctx.text.slice(m.start, m.end))) continue;
      const safe = pronounSafe(ctx.text, m.start, m.end, m.first === m.last, refs);
      // A trigger word matters only for a match whose every reading is ambiguous, or that may be a club.
      const asked = safe.some((r) => !r.ambiguous) && !safe.some((r) => r.entry.id.startsWith(CLUB_ID));
      const chosen = pick(safe, asked ? undefined : announced(ctx, m));
      if (!chosen) continue;
      const { entry } = chosen.ref;
      if (entry.id.startsWith(PARTY_ID) && continuedByAdjective(ctx.tokens, m.last)) continue;
      const start = entry.type === 'person' ? afterTitles(ctx, m.first, m.last, m.start) : m.start;
      out.push(nameEntity(entry.type, ctx.text.slice(start, m.end), start, m.end, entry.id, copyName(entry.name), 'gazetteer', chosen.confidence));
    }
    return out;
  },
};
