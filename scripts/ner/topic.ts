/**
 * Topic cue words for the document stage's Topic features (docs/NER.md, round 8): words that are much more
 * frequent near the names of one kind of text than elsewhere, learnt from an annotated corpus.
 *
 * A city name tagged ORG is a sports club (`ميلان`, `دينامو كييف`) far more often than anything else in
 * ANERcorp, so the sports cue is learnt from the sentences that hold such a name: a sentence is a *cue
 * sentence* when one of its ORG names contains a word that the WikiFANE lexicon knows mostly as a place
 * (`cityOrgSentences`), or, for WikiFANE itself, when it holds a name of the fine class Sports or Athlete
 * (`fineClassSentences`). A word is a cue word when it occurs in at least `minCount` sentences and at
 * least `minShare` of the sentences that hold it (and their neighbours within `reach`) are cue sentences.
 * The names' own words are never counted, so the list holds context words (`مباراة`, `الدوري`, `فاز`),
 * not the clubs.
 */
import { lexiconKey } from '../../src/recognize/names/model/fold.js';
import { hashString } from '../../src/recognize/names/model/hash.js';
import type { Sentence } from './corpus.js';
import type { Table } from './lexicon.js';

/**
 * How a cue list is selected.
 *
 * @example
 * ```ts
 * const rule: TopicRule = { minCount: 5, minShare: 0.5, reach: 1 };
 * ```
 */
export interface TopicRule {
  /** A word must occur (outside names) in at least this many sentences. */
  minCount: number;
  /** And at least this share of them must be cue sentences or next to one. */
  minShare: number;
  /** Sentences within this distance of a cue sentence count as cue sentences too. */
  reach: number;
}

/**
 * Which sentences hold a name of one of the given WikiFANE fine classes (`wikifane.fine.bio`).
 *
 * @example
 * ```ts
 * const cue = fineClassSentences(readBio('wikifane.fine.bio'), ['Sports', 'Athlete']);
 * ```
 */
export function fineClassSentences(sentences: readonly Sentence[], classes: readonly string[]): Uint8Array {
  return Uint8Array.from(sentences, (s) => (s.tags.some((t) => t !== 'O' && classes.includes(t.slice(2))) ? 1 : 0));
}

/**
 * Which sentences hold an ORG name with a word that `isPlace` says is mostly a place name (a club named
 * after its city, or a ministry named after its country: the second kind only dilutes the list).
 *
 * @example
 * ```ts
 * const cue = cityOrgSentences(train, (key) => placeKeys.has(key));
 * ```
 */
export function cityOrgSentences(sentences: readonly Sentence[], isPlace: (key: number) => boolean): Uint8Array {
  return Uint8Array.from(sentences, (s) => {
    for (let i = 0; i < s.words.length; i++) {
      if (s.tags[i].slice(2) === 'ORG' && isPlace(hashString(lexiconKey(s.words[i])))) return 1;
    }
    return 0;
  });
}

/**
 * The cue words of the sentences marked in `cue`, by the selection rule, as a lexicon table (value 1) keyed
 * like the word lexicons. Words inside names are not counted.
 *
 * @example
 * ```ts
 * const table = topicTable(train, cityOrgSentences(train, isPlace), { minCount: 5, minShare: 0.5, reach: 1 });
 * ```
 */
export function topicTable(sentences: readonly Sentence[], cue: Uint8Array, rule: TopicRule): Table {
  const near = new Uint8Array(sentences.length);
  for (let s = 0; s < sentences.length; s++) {
    if (!cue[s]) continue;
    for (let d = -rule.reach; d <= rule.reach; d++) if (s + d >= 0 && s + d < sentences.length) near[s + d] = 1;
  }
  const counts = new Map<number, [number, number]>();
  for (let s = 0; s < sentences.length; s++) {
    const seen = new Set<number>();
    const { words, tags } = sentences[s];
    for (let i = 0; i < words.length; i++) {
      if (tags[i] !== 'O') continue;
      const key = lexiconKey(words[i]);
      if (key.length < 2) continue;
      seen.add(hashString(key));
    }
    for (const key of seen) {
      const c = counts.get(key) ?? [0, 0];
      c[0]++;
      c[1] += near[s];
      counts.set(key, c);
    }
  }
  const keys: number[] = [];
  for (const [key, [n, inCue]] of counts) if (n >= rule.minCount && inCue >= rule.minShare * n) keys.push(key);
  keys.sort((a, b) => a - b);
  return { keys: Uint32Array.from(keys), values: new Uint32Array(keys.length).fill(1) };
}
