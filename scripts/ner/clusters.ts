/**
 * Distributional word clusters from unlabeled text, cheap enough for a JS build: each frequent word is
 * described by PPMI-weighted counts of its left and right neighbours (among the most frequent context
 * words), randomly projected to a dense vector, and clustered by spherical k-means at two sizes.
 */
import { lexiconKey } from '../../src/recognize/names/model/fold.js';
import { hashString, mix } from '../../src/recognize/names/model/hash.js';
import type { Table } from './lexicon.js';

/**
 * Learns cluster codes (coarse id | fine id << 8) for every word key seen at least `minCount` times.
 *
 * @example
 * ```ts
 * const table = learnClusters([['زار', 'بوتين', 'بكين']], 3, 2000);
 * ```
 */
export function learnClusters(
  sentences: readonly (readonly string[])[],
  minCount = 3,
  contextSize = 2000,
  coarseK = 64,
  fineK = 256,
  iterations = 8,
): Table {
  const keyed = sentences.map((s) => s.map((w) => hashString(lexiconKey(w))));
  const freq = new Map<number, number>();
  for (const s of keyed) for (const k of s) freq.set(k, (freq.get(k) ?? 0) + 1);
  const byFreq = [...freq.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0]);
  const contextIndex = new Map<number, number>();
  for (let i = 0; i < Math.min(contextSize, byFreq.length); i++) contextIndex.set(byFreq[i][0], i);
  const BOS = contextSize;
  const dims = 2 * (contextSize + 1);
  const words = byFreq.filter(([, n]) => n >= minCount).map(([k]) => k);
  const row = new Map<number, number>();
  words.forEach((k, i) => row.set(k, i));
  // Sparse co-occurrence counts per word: dimension → count.
  const co: Map<number, number>[] = words.map(() => new Map());
  const ctxTotals = new Float64Array(dims);
  let grand = 0;
  for (const s of keyed) {
    for (let i = 0; i < s.length; i++) {
      const r = row.get(s[i]);
      if (r === undefined) continue;
      const left = i > 0 ? contextIndex.get(s[i - 1]) : BOS;
      const right = i + 1 < s.length ? contextIndex.get(s[i + 1]) : BOS;
      for (const d of [left === undefined ? -1 : left, right === undefined ? -1 : contextSize + 1 + right]) {
        if (d < 0) continue;
        co[r].set(d, (co[r].get(d) ?? 0) + 1);
        ctxTotals[d]++;
        grand++;
      }
    }
  }
  // Dense random projection of each word's PPMI vector, L2-normalized, then spherical k-means at two
  // granularities; the cluster code packs both ids (coarse in the low byte, fine above it).
  const dim = 96;
  const vectors = new Float64Array(words.length * dim);
  for (let r = 0; r < words.length; r++) {
    let wordTotal = 0;
    for (const n of co[r].values()) wordTotal += n;
    const v = vectors.subarray(r * dim, (r + 1) * dim);
    for (const [d, n] of co[r]) {
      const pmi = Math.log((n * grand) / (wordTotal * ctxTotals[d]));
      if (pmi <= 0) continue;
      for (let b = 0; b < dim; b++) {
        // A fixed pseudo-random ±1 direction per (dimension, component): deterministic, no table.
        v[b] += mix(mix(0xc105, d), b) & 1 ? pmi : -pmi;
      }
    }
    let norm = 0;
    for (let b = 0; b < dim; b++) norm += v[b] * v[b];
    norm = Math.sqrt(norm) || 1;
    for (let b = 0; b < dim; b++) v[b] /= norm;
  }
  const coarse = sphericalKMeans(vectors, words.length, dim, coarseK, iterations);
  const fine = sphericalKMeans(vectors, words.length, dim, fineK, iterations);
  const keys = Uint32Array.from(words);
  const values = new Uint32Array(words.length);
  for (let r = 0; r < words.length; r++) values[r] = coarse[r] | (fine[r] << 8);
  return { keys, values };
}

function sphericalKMeans(vectors: Float64Array, n: number, dim: number, k: number, iterations: number): Int32Array {
  const centroids = new Float64Array(k * dim);
  // Deterministic init: the most frequent words, spread over the frequency ranking.
  for (let c = 0; c < k; c++) {
    const r = Math.floor((c * n) / k);
    centroids.set(vectors.subarray(r * dim, (r + 1) * dim), c * dim);
  }
  const assign = new Int32Array(n);
  for (let it = 0; it < iterations; it++) {
    for (let r = 0; r < n; r++) {
      let best = 0;
      let bestSim = -Infinity;
      const off = r * dim;
      for (let c = 0; c < k; c++) {
        let sim = 0;
        const co = c * dim;
        for (let b = 0; b < dim; b++) sim += vectors[off + b] * centroids[co + b];
        if (sim > bestSim) {
          bestSim = sim;
          best = c;
        }
      }
      assign[r] = best;
    }
    centroids.fill(0);
    for (let r = 0; r < n; r++) for (let b = 0; b < dim; b++) centroids[assign[r] * dim + b] += vectors[r * dim + b];
    for (let c = 0; c < k; c++) {
      let norm = 0;
      for (let b = 0; b < dim; b++) norm += centroids[c * dim + b] ** 2;
      norm = Math.sqrt(norm) || 1;
      for (let b = 0; b < dim; b++) centroids[c * dim + b] /= norm;
    }
  }
  return assign;
}
