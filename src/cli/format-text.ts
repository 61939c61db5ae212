import { resolvedValue } from '../render/describe.js';
import { ENTITY_TYPES, typeStyle } from '../render/labels.js';
import type { Analysis, Entity } from '../types.js';

interface Group {
  value: string;
  surfaces: string[];
  count: number;
}

// Mentions that resolve to the same thing (one person named three ways, one amount repeated) share a
// line; the line keeps every distinct surface form, in order of first appearance.
function groupMentions(entities: readonly Entity[]): Group[] {
  const groups = new Map<string, Group>();
  for (const entity of entities) {
    const value = resolvedValue(entity) ?? entity.text;
    const group = groups.get(value) ?? { value, surfaces: [], count: 0 };
    if (!group.surfaces.includes(entity.text)) group.surfaces.push(entity.text);
    group.count++;
    groups.set(value, group);
  }
  return [...groups.values()];
}

/**
 * A plain-text summary of an analysis for a terminal (`tahlil analyze --format text`): a header with
 * the language and counts, then the entities grouped by type in a fixed order, each line giving the
 * canonical name or resolved value, how many mentions it has, and the surface forms found.
 *
 * @example
 * ```ts
 * formatText(analyze('وصل بوتين إلى بكين.'));
 * // language: arb (Arabic) · 1 sentence · 5 tokens · 2 entities
 * //
 * // person · شخص (1)
 * //   بوتين · Vladimir Putin [Q7747]  ← بوتين
 * // …
 * ```
 */
export function formatText(analysis: Analysis): string {
  const { language, sentences, tokens, entities } = analysis;
  const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;
  const lines = [
    [
      `language: ${language.code}${language.isArabic ? ' (Arabic)' : ''}`,
      plural(sentences.length, 'sentence'),
      plural(tokens.length, 'token'),
      plural(entities.length, 'entity').replace(/entitys$/, 'entities'),
    ].join(' · '),
  ];
  const known = new Set<string>(ENTITY_TYPES);
  const types = [...ENTITY_TYPES, ...new Set(entities.map((e) => e.type).filter((t) => !known.has(t)))];
  for (const type of types) {
    const ofType = entities.filter((e) => e.type === type);
    if (ofType.length === 0) continue;
    const style = typeStyle(type);
    lines.push('', `${style.en} · ${style.ar} (${ofType.length})`);
    for (const group of groupMentions(ofType)) {
      const count = group.count > 1 ? ` ×${group.count}` : '';
      lines.push(`  ${group.value}${count}  ← ${group.surfaces.join('، ')}`);
    }
  }
  if (entities.length === 0) lines.push('', 'no entities');
  return `${lines.join('\n')}\n`;
}
