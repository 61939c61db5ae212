import fc from 'fast-check';
import { viterbi } from '../../src/recognize/names/model/decoder.js';
import { allowedIn, allowedLast, BILOU_LABELS, TAGS } from '../../src/recognize/names/model/tags.js';
import { crfObjective, forwardBackward, trainCrf } from '../../scripts/ner/crf.js';
import type { Example, Trained } from '../../scripts/ner/perceptron.js';

const L = BILOU_LABELS.length;

/** Every label sequence of length n that the constraints allow, with its score. */
function enumerate(em: number[], tr: number[], st: number[], n: number, T: number): { seq: number[]; score: number }[] {
  const out: { seq: number[]; score: number }[] = [];
  const walk = (seq: number[], score: number): void => {
    const i = seq.length;
    if (i === n) {
      if (allowedLast(T, seq[n - 1])) out.push({ seq: seq.slice(), score });
      return;
    }
    for (let t = 0; t < T; t++) {
      const prev = i === 0 ? -1 : seq[i - 1];
      if (!allowedIn(T, prev, t)) continue;
      seq.push(t);
      walk(seq, score + em[i * T + t] + (i === 0 ? st[t] : tr[prev * T + t]));
      seq.pop();
    }
  };
  walk([], 0);
  return out;
}

const scores = (size: number, scale = 3): fc.Arbitrary<number[]> => fc.array(fc.double({ min: -scale, max: scale, noNaN: true }), { minLength: size, maxLength: size });

describe('CRF forward-backward', () => {
  it.each([
    ['BILOU', L, 3],
    ['BIO', TAGS.length, 4],
  ])('matches brute-force enumeration over the allowed %s sequences', (_, T, maxLen) => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: maxLen }).chain((n) => fc.tuple(fc.constant(n), scores(n * T), scores(T * T), scores(T))),
        ([n, em, tr, st]) => {
          const node = new Float64Array(n * T);
          const edge = new Float64Array(T * T);
          const logZ = forwardBackward(em, tr, st, n, T, node, edge);
          const paths = enumerate(em, tr, st, n, T);
          const Z = paths.reduce((z, p) => z + Math.exp(p.score), 0);
          expect(logZ).toBeCloseTo(Math.log(Z), 8);
          const wantNode = new Float64Array(n * T);
          const wantEdge = new Float64Array(T * T);
          for (const p of paths) {
            const prob = Math.exp(p.score) / Z;
            p.seq.forEach((t, i) => {
              wantNode[i * T + t] += prob;
              if (i > 0) wantEdge[p.seq[i - 1] * T + t] += prob;
            });
          }
          for (let k = 0; k < n * T; k++) expect(node[k]).toBeCloseTo(wantNode[k], 9);
          for (let k = 0; k < T * T; k++) expect(edge[k]).toBeCloseTo(wantEdge[k], 9);
        },
      ),
      { numRuns: 40 },
    );
  });

  it('gives each token marginals that sum to 1 and forbidden labels probability 0, even on long sentences', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 200 }).chain((n) => fc.tuple(fc.constant(n), scores(n * L, 40), scores(L * L, 5), scores(L, 5))), ([n, em, tr, st]) => {
        const node = new Float64Array(n * L);
        const edge = new Float64Array(L * L);
        expect(Number.isFinite(forwardBackward(em, tr, st, n, L, node, edge))).toBe(true);
        for (let i = 0; i < n; i++) {
          let sum = 0;
          for (let t = 0; t < L; t++) sum += node[i * L + t];
          expect(sum).toBeCloseTo(1, 9);
        }
        for (let t = 0; t < L; t++) {
          if (!allowedIn(L, -1, t)) expect(node[t]).toBe(0);
          if (!allowedLast(L, t)) expect(node[(n - 1) * L + t]).toBe(0);
        }
        let pairs = 0;
        for (let p = 0; p < L; p++) {
          for (let t = 0; t < L; t++) {
            if (!allowedIn(L, p, t)) expect(edge[p * L + t]).toBe(0);
            pairs += edge[p * L + t];
          }
        }
        expect(pairs).toBeCloseTo(n - 1, 6);
      }),
      { numRuns: 30 },
    );
  });
});

/** A tiny random dataset: each token has 1 to 3 of `K` features; the gold tags are any allowed sequence. */
function toyExamples(seed: number, count: number, K: number, T: number): Example[] {
  let x = seed;
  const rand = (m: number): number => {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    return (x >>> 8) % m;
  };
  const out: Example[] = [];
  for (let e = 0; e < count; e++) {
    const n = 1 + rand(5);
    const offsets = new Int32Array(n + 1);
    const keys: number[] = [];
    const gold = new Int32Array(n);
    for (let i = 0; i < n; i++) {
      const m = 1 + rand(3);
      for (let j = 0; j < m; j++) keys.push(1000 + rand(K));
      offsets[i + 1] = keys.length;
      const choices = [...Array(T).keys()].filter((t) => allowedIn(T, i === 0 ? -1 : gold[i - 1], t) && (i < n - 1 || allowedLast(T, t)));
      gold[i] = choices[rand(choices.length)];
    }
    out.push({ features: { offsets, features: Uint32Array.from(keys) }, gold });
  }
  return out;
}

function perturbed(t: Trained, seed: number): Trained {
  let x = seed;
  const r = (): number => {
    x = (Math.imul(x, 1664525) + 1013904223) >>> 0;
    return (x / 2 ** 32 - 0.5) * 2;
  };
  return {
    featureKeys: t.featureKeys,
    featureWeights: Float32Array.from(t.featureWeights, r),
    transitions: Float32Array.from(t.transitions, r),
    starts: Float32Array.from(t.starts, r),
  };
}

describe('CRF objective', () => {
  it.each([
    ['plain likelihood', 0, 0],
    ['softmax-margin', 1, 0.5],
  ])('has the gradient of finite differences (%s)', (_, margin, missCost) => {
    const T = TAGS.length;
    const examples = toyExamples(7, 6, 5, T);
    const weights = perturbed(trainCrf(examples, T, { epochs: 1, seed: 1, l2: 1, rate: 0.1 }), 3);
    const options = { l2: 0.3, margin, missCost };
    const { gradient } = crfObjective(examples, T, weights, options);
    const h = 1e-3;
    const check = (pick: (t: Trained) => Float32Array): void => {
      for (let k = 0; k < pick(weights).length; k += 3) {
        const plus = structuredClone(weights);
        const minus = structuredClone(weights);
        pick(plus)[k] += h;
        pick(minus)[k] -= h;
        const numeric = (crfObjective(examples, T, plus, options).value - crfObjective(examples, T, minus, options).value) / (2 * h);
        expect(pick(gradient)[k]).toBeCloseTo(numeric, 2);
      }
    };
    check((t) => t.featureWeights);
    check((t) => t.transitions);
    check((t) => t.starts);
  });

  it('falls epoch by epoch and ends lower than at zero weights', () => {
    const examples = toyExamples(11, 30, 8, L);
    const losses: number[] = [];
    const trained = trainCrf(examples, L, { epochs: 5, seed: 2, l2: 0.1, rate: 0.2, onEpoch: (_, loss) => losses.push(loss) });
    expect(losses).toHaveLength(5);
    for (let e = 1; e < losses.length; e++) expect(losses[e]).toBeLessThan(losses[e - 1]);
    const zero: Trained = { ...trained, featureWeights: new Float32Array(trained.featureWeights.length), transitions: new Float32Array(L * L), starts: new Float32Array(L) };
    const options = { l2: 0.1 };
    expect(crfObjective(examples, L, trained, options).value).toBeLessThan(0.8 * crfObjective(examples, L, zero, options).value);
  });
});

describe('trainCrf', () => {
  // Word 1 is always a one-word person, word 2 always O, word 3 begins a two-word place whose second word
  // is 4: separable, so a trained CRF must tag every sentence right.
  const T = L;
  const at = (label: string): number => BILOU_LABELS.indexOf(label);
  const vocab: Record<number, number[]> = { 1: [at('U-PER')], 2: [at('O')], 3: [at('B-LOC'), at('L-LOC')] };
  const sentences = [[1, 2], [2, 3], [3, 2, 1], [2, 2, 3, 1], [1, 3], [2, 1, 2]];
  const examples: Example[] = sentences.map((words) => {
    const keys: number[] = [];
    const gold: number[] = [];
    const offsets = [0];
    for (const w of words) {
      for (const [j, label] of vocab[w].entries()) {
        keys.push(w * 10 + j);
        offsets.push(keys.length);
        gold.push(label);
      }
    }
    return { features: { offsets: Int32Array.from(offsets), features: Uint32Array.from(keys) }, gold: Int32Array.from(gold) };
  });

  it('separates a toy dataset, deterministically', () => {
    const options = { epochs: 20, seed: 5, l2: 0.01, rate: 0.5, margin: 1, unit: 10 };
    const trained = trainCrf(examples, T, options);
    expect(trainCrf(examples, T, options)).toEqual(trained);
    const rowOf = new Map(Array.from(trained.featureKeys, (k, r) => [k, r]));
    for (const ex of examples) {
      const n = ex.gold.length;
      const em = new Float64Array(n * T);
      for (let i = 0; i < n; i++) {
        for (let f = ex.features.offsets[i]; f < ex.features.offsets[i + 1]; f++) {
          const r = rowOf.get(ex.features.features[f])!;
          for (let t = 0; t < T; t++) em[i * T + t] += trained.featureWeights[r * T + t];
        }
      }
      expect(Array.from(viterbi(em, trained.transitions, trained.starts, n, T, false).tags)).toEqual(Array.from(ex.gold));
    }
  });

  it('changes with the seed only through the visiting order', () => {
    const a = trainCrf(examples, T, { epochs: 3, seed: 1, l2: 0.1, rate: 0.1 });
    const b = trainCrf(examples, T, { epochs: 3, seed: 2, l2: 0.1, rate: 0.1 });
    expect(Array.from(b.featureKeys)).toEqual(Array.from(a.featureKeys));
    expect(Array.from(b.featureWeights)).not.toEqual(Array.from(a.featureWeights));
  });
});
