import type { Entity, NameEntity } from '../../../types.js';
import { nameKey } from '../gazetteer/key.js';
import { isName } from './words.js';
import { mapPacked } from '../../../util/arrays.js';
import { copyName, withFields } from '../entity.js';

/** Latin capitals with optional dots (WHO, I.A.E.A, UNHCR): an acronym written after its Arabic name. */
const LATIN_ACRONYM = /^(?:[A-Z]\.?){2,8}$/;

const isLocal = (e: NameEntity): boolean => e.id.startsWith('doc:');

/**
 * A name followed by another in parentheses names one thing twice: `وكالة الأنباء السورية (سانا)`,
 * `منظمة الصحة العالمية (WHO)`. When one of the two has a stable id (a gazetteer entry) and the other only
 * a document-local one, the other takes the stable id and canonical name (`source: 'linked'`), and so do
 * its other mentions in the document. A Latin acronym in parentheses right after a name that no recognizer
 * reported (`(WHO)`) is added as a mention of that name, with its id.
 *
 * @param text - The document.
 * @param entities - The entities, sorted by start, before document-local ids are numbered.
 * @example
 * ```ts
 * linkParenthesized('وكالة الأنباء السورية (سانا)', entities); // both org:sana
 * ```
 */
export function linkParenthesized(text: string, entities: Entity[]): Entity[] {
  const names = entities.filter(isName);
  const replaced = new Map<NameEntity, NameEntity>();
  // Name keys of document-local names that turned out to be a listed one, by type.
  const rekeyed = new Map<string, NameEntity>();
  const added: NameEntity[] = [];
  for (let i = 0; i < names.length; i++) {
    const a = names[i] as NameEntity;
    const open = afterSpaces(text, a.end);
    if (text[open] !== '(') continue;
    const inside = afterSpaces(text, open + 1);
    const b = names[i + 1];
    if (b !== undefined && b.start === inside && b.type === a.type && text[afterSpaces(text, b.end)] === ')') {
      if (isLocal(a) !== isLocal(b)) {
        const [local, known] = isLocal(a) ? [a, b] : [b, a];
        replaced.set(local, linked(local, known));
        rekeyed.set(`${local.type}\u0000${nameKey(local.name.ar)}`, known);
      }
      continue;
    }
    // A bounded look for the closing parenthesis keeps the refiner linear on text full of open ones.
    const close = text.slice(inside, inside + 13).indexOf(')') + inside;
    if (close < inside) continue;
    let end = close;
    while (end > inside && /\s/.test(text[end - 1] as string)) end--;
    const acronym = text.slice(inside, end);
    if (!LATIN_ACRONYM.test(acronym) || (b !== undefined && b.start < close)) continue;
    added.push(withFields(a, { text: acronym, start: inside, end, source: 'linked' }));
  }
  if (replaced.size === 0 && added.length === 0) return entities;
  const out = mapPacked(entities, (e) => {
    if (!isName(e)) return e;
    const direct = replaced.get(e);
    if (direct !== undefined) return direct;
    const known = isLocal(e) ? rekeyed.get(`${e.type}\u0000${nameKey(e.name.ar)}`) : undefined;
    return known === undefined ? e : linked(e, known);
  });
  return added.length === 0 ? out : [...out, ...added].sort((x, y) => x.start - y.start || y.end - x.end);
}

function linked(e: NameEntity, known: NameEntity): NameEntity {
  return withFields(e, { id: known.id, name: copyName(known.name), source: 'linked' });
}

function afterSpaces(text: string, i: number): number {
  while (i < text.length && (text[i] === ' ' || text[i] === '\u00a0')) i++;
  return i;
}
