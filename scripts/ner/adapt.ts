/**
 * "Frustratingly easy" domain adaptation (Daumé III 2007) for the sentence stage (round 9, `--adapt`): news
 * (ANERcorp) and wiki (WikiFANE) sentences train one model in which every feature fires twice, once as itself
 * (the shared copy) and once salted with its corpus (the news or the wiki copy). The shipped model keeps only
 * news text's view, shared + news summed into the ordinary keys, so the run-time format and tagger do not
 * change.
 */
import type { SentenceFeatures } from '../../src/recognize/names/model/features.js';
import { mix } from '../../src/recognize/names/model/hash.js';
import type { Example, Trained } from './perceptron.js';

/**
 * The corpus a training sentence comes from.
 *
 * @example
 * ```ts
 * const d: Domain = 'wiki';
 * ```
 */
export type Domain = 'news' | 'wiki';

const SALT: Record<Domain, number> = { news: 0x6e657773, wiki: 0x77696b69 };

/**
 * The key of a feature's per-corpus copy.
 *
 * @example
 * ```ts
 * domainKey(key, 'news') !== key; // true
 * ```
 */
export function domainKey(key: number, domain: Domain): number {
  return mix(SALT[domain], key);
}

/**
 * A sentence's features with each token's keys followed by their `domain` copies. `shared` collects the
 * plain keys, which {@link newsView} later tells from the copies.
 *
 * @example
 * ```ts
 * const f = augmentFeatures(extractFeatures(words, lex, groups), 'wiki', shared);
 * ```
 */
export function augmentFeatures(f: SentenceFeatures, domain: Domain, shared: Set<number>): SentenceFeatures {
  const n = f.offsets.length - 1;
  const offsets = new Int32Array(n + 1);
  const features = new Uint32Array(2 * f.features.length);
  let len = 0;
  for (let i = 0; i < n; i++) {
    offsets[i] = len;
    for (let j = f.offsets[i]; j < f.offsets[i + 1]; j++) {
      shared.add(f.features[j]);
      features[len++] = f.features[j];
    }
    for (let j = f.offsets[i]; j < f.offsets[i + 1]; j++) features[len++] = domainKey(f.features[j], domain);
  }
  offsets[n] = len;
  return { offsets, features };
}

/**
 * The training set of an adapted stage: the news examples, then the wiki examples, each with its copies.
 *
 * @example
 * ```ts
 * const { examples, shared } = adaptExamples(newsExamples, wikiExamples);
 * const model = newsView(trainPerceptron(examples, 17, 12, 2), shared);
 * ```
 */
export function adaptExamples(news: readonly Example[], wiki: readonly Example[]): { examples: Example[]; shared: Set<number> } {
  const shared = new Set<number>();
  const examples = [
    ...news.map((e) => ({ features: augmentFeatures(e.features, 'news', shared), gold: e.gold })),
    ...wiki.map((e) => ({ features: augmentFeatures(e.features, 'wiki', shared), gold: e.gold })),
  ];
  return { examples, shared };
}

/**
 * The model as news text sees it: each shared key's weights plus those of its news copy; the copies
 * themselves are dropped. Transitions and starts were shared in training and are kept as they are.
 *
 * @example
 * ```ts
 * const shipped = newsView(trained, shared);
 * ```
 */
export function newsView(trained: Trained, shared: ReadonlySet<number>): Trained {
  const T = trained.starts.length;
  const rowOf = new Map<number, number>();
  for (let r = 0; r < trained.featureKeys.length; r++) rowOf.set(trained.featureKeys[r], r);
  const keys: number[] = [];
  for (const key of trained.featureKeys) if (shared.has(key)) keys.push(key);
  const featureWeights = new Float32Array(keys.length * T);
  keys.forEach((key, r) => {
    const own = rowOf.get(key) as number;
    const copy = rowOf.get(domainKey(key, 'news'));
    for (let t = 0; t < T; t++) featureWeights[r * T + t] = trained.featureWeights[own * T + t] + (copy === undefined ? 0 : trained.featureWeights[copy * T + t]);
  });
  return { featureKeys: Uint32Array.from(keys), featureWeights, transitions: trained.transitions, starts: trained.starts };
}
