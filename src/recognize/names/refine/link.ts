import type { Context, Refiner } from '../../../pipeline/types.js';
import type { Entity, NameEntity } from '../../../types.js';
import { loadGazetteer } from '../gazetteer/entries.js';
import { FormIndex, keyWithCuts } from '../gazetteer/form-index.js';
import { nameKey } from '../gazetteer/key.js';
import { scanForms } from '../gazetteer/scan.js';
import { entriesOfForm } from '../gazetteer/lookup.js';
import { personReading } from '../model/reading.js';
import { linkParenthesized } from './parenthetical.js';
import { firstIndex, isName, isStopword, wordClass } from './words.js';
import { mapPacked } from '../../../util/arrays.js';
import { copyName, nameEntity, withFields } from '../entity.js';

const LINKED_CONFIDENCE = 0.8;
const MIN_SURNAME = 3;

interface Person {
  id: string;
  name: NameEntity['name'];
  /** Start of the first mention that names the person in full. */
  firstFull: number;
}

/** A form that refers to a person; `foundOnly` when it links only a mention the tagger found as a person. */
interface Link {
  person: Person;
  foundOnly: boolean;
}

/**
 * Links the mentions of one document:
 * - a name and another in parentheses right after it are one (`وكالة الأنباء السورية (سانا)`, see
 *   {@link linkParenthesized});
 * - tagger-only names get document-local ids, `doc:1`, `doc:2` …, shared by every mention with the same
 *   key (spelling-tolerant);
 * - a person named in full (`دانييل كريتنبرينك`, `فلاديمير بوتين`) makes their surname, and the short
 *   forms the gazetteer lists (`شي` for Xi Jinping), refer to them anywhere in the document: a mention
 *   not found yet is added with `source: 'linked'`, and a later single-word mention already found takes
 *   the full name's id and canonical name with `source: 'linked'`. A surname that is also an ordinary
 *   word or the end of a compound (`دين`, `جمعة`, the model's lexicons say) links only the mentions the
 *   tagger found as a person; one that is mostly another type of name (`الأهلي`) never links.
 *
 * @example
 * ```ts
 * linkNameMentions.refine(ctx, entities);
 * ```
 */
export const linkNameMentions: Refiner = {
  name: 'names-link-mentions',
  stage: 'names',
  refine(ctx, entities) {
    const withIds = assignDocIds(linkParenthesized(ctx.text, entities));
    return linkPeople(ctx, withIds);
  },
};

function assignDocIds(entities: Entity[]): Entity[] {
  // Keyed by type, then name key: no composite string per mention.
  const ids = new Map<string, Map<string, string>>();
  let count = 0;
  return mapPacked(entities, (e) => {
    if (!isName(e) || !e.id.startsWith('doc:')) return e;
    let ofType = ids.get(e.type);
    if (ofType === undefined) ids.set(e.type, (ofType = new Map()));
    const key = nameKey(e.name.ar);
    let id = ofType.get(key);
    if (!id) {
      id = `doc:${++count}`;
      ofType.set(key, id);
    }
    return withFields(e, { id });
  });
}

// Three steps, each its own function: the optimizing compiler compiles a function as a whole once its
// loops are hot, and this one runs once per document, so one function holding all three steps was compiled
// late in a long run and at length (70–90 ms of a helper thread, the most of any function after warm-up).
function linkPeople(ctx: Context, entities: Entity[]): Entity[] {
  const index = personForms(peopleNamedInFull(entities));
  return index.size === 0 ? entities : linkForms(ctx, entities, index);
}

// The persons the document names in full (two words or more, written as the canonical name), or that the
// list knows, by id, with the start of the first full mention.
function peopleNamedInFull(entities: readonly Entity[]): Map<string, Person> {
  const g = loadGazetteer();
  const people = new Map<string, Person>();
  for (const e of entities) {
    if (!isName(e) || e.type !== 'person' || e.source === 'linked') continue;
    // Two words or more (a space inside the trimmed name), written as the canonical name.
    const full = /\s/.test(e.name.ar.trim()) && nameKey(e.text) === nameKey(e.name.ar);
    if (!full && !g.byId.has(e.id)) continue;
    const p = people.get(e.id);
    if (!p) people.set(e.id, { id: e.id, name: e.name, firstFull: full ? e.start : Infinity });
    else if (full && e.start < p.firstFull) p.firstFull = e.start;
  }
  return people;
}

// The forms by which the document's people named in full may be referred to later.
function personForms(people: ReadonlyMap<string, Person>): FormIndex<Link> {
  const g = loadGazetteer();
  const index = new FormIndex<Link>();
  for (const p of people.values()) {
    if (p.firstFull === Infinity) continue;
    const known = g.shortById.get(p.id);
    if (g.byId.has(p.id)) {
      // A listed person links by the short forms the list gives (شي) and by the words of the full name
      // that the list accepts alone (بوتين), never by any last word (not الثانية of إليزابيث الثانية).
      for (const s of known ?? []) addForm(index, s, p, false);
      for (const w of p.name.ar.trim().split(/\s+/)) {
        if (entriesOfForm(w).some((e) => e.id === p.id)) addForm(index, w, p, false);
      }
      continue;
    }
    const words = p.name.ar.trim().split(/\s+/);
    const surname = words[words.length - 1] ?? '';
    // A surname that is a place, a title, a stopword or another common word is never linked.
    const surnameIsName = entriesOfForm(surname).some((e) => e.type !== 'person');
    if (words.length < 2 || surnameIsName || wordClass(surname) !== null || isStopword(surname)) continue;
    const reading = personReading(surname);
    if (reading !== 'other') addForm(index, surname, p, reading === 'mixed');
  }
  return index;
}

function addForm(index: FormIndex<Link>, form: string, person: Person, foundOnly: boolean): void {
  const { key, cuts } = keyWithCuts(form, nameKey);
  // Under three letters only a form the list gives for this person (شي) links.
  if (key.length < MIN_SURNAME && !loadGazetteer().shortById.get(person.id)?.includes(form)) return;
  index.add(key, { person, foundOnly }, cuts);
}

// The document's entities with the later mentions of its people linked: relabelled when found, added when
// not.
function linkForms(ctx: Context, entities: Entity[], index: FormIndex<Link>): Entity[] {
  const names = entities.filter(isName).sort((a, b) => a.start - b.start);
  const byStart = new Map<number, NameEntity[]>();
  for (const e of names) {
    const list = byStart.get(e.start);
    if (list) list.push(e);
    else byStart.set(e.start, [e]);
  }
  const out = [...entities];
  const relabel = new Map<Entity, NameEntity>();
  for (const m of scanForms(ctx.tokens, index)) {
    // Two people of the document share the form (two Kirchners): it links to neither.
    if (new Set(m.payloads.map((l) => l.person.id)).size !== 1) continue;
    const { person: p, foundOnly } = m.payloads[0] as Link;
    const same = byStart.get(m.start)?.find((e) => e.end === m.end);
    if (same) {
      // The tagger may type a bare surname wrongly (كريتنبرينك as MISC); the full name settles it, unless
      // the surname is also an ordinary word, whose other readings the tagger's type may be right about.
      const fromModel = same.source === 'model' && same.id.startsWith('doc:') && (!foundOnly || same.type === 'person');
      if (same.start > p.firstFull && (same.id === p.id || fromModel)) {
        relabel.set(same, withFields(same, { type: 'person', id: p.id, name: copyName(p.name), source: 'linked' }));
      }
      continue;
    }
    if (foundOnly || anyOverlap(names, m.start, m.end)) continue;
    out.push(nameEntity('person', ctx.text.slice(m.start, m.end), m.start, m.end, p.id, copyName(p.name), 'linked', LINKED_CONFIDENCE));
  }
  return relabel.size === 0 ? out : mapPacked(out, (e) => relabel.get(e) ?? e);
}

function anyOverlap(sorted: readonly NameEntity[], start: number, end: number): boolean {
  // The spans starting before `end` end at the one found by binary search; an overlapping span is among
  // the last few of them, as name spans barely nest (at most a tagger span around a place).
  const lo = firstIndex(sorted, (e) => e.start >= end);
  for (let i = lo - 1; i >= 0 && i >= lo - 8; i--) if ((sorted[i] as NameEntity).end > start) return true;
  return false;
}
