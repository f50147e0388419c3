import { logTruncatedNormal, logTruncatedNormalConstant, sampleTruncatedNormal } from './normal-math.js';
import { drawIndex, type Random } from './rng.js';
import type { Dimension } from './space.js';

/** A point in the optimizer's space: unit coordinate for numeric dimensions, value index for categorical ones. */
export type Encoded = number[];

/**
 * A multivariate Parzen estimator (mixture of product kernels, one per observation, plus one broad prior kernel),
 * as in Optuna's multivariate TPE: numeric dimensions use Gaussians truncated to [0, 1] with a Scott-style bandwidth
 * shared by all kernels; categorical dimensions use a kernel that puts most mass on the observed value and smooths
 * towards the prior.
 */
export class ParzenEstimator {
  private readonly weights: number[];
  private readonly logWeights: number[];
  private readonly centers: Encoded[];
  private readonly sigma: number[];
  private readonly catProbs: number[][][]; // kernel -> dim -> value probabilities (unused for numeric dims)
  private readonly logCatProbs: number[][][];
  private readonly constants: number[][]; // kernel -> dim -> truncated-normal log normalizer

  constructor(
    private readonly dims: Dimension[],
    points: Encoded[],
    options: { bandwidth: number; priorWeight: number; observationCount: number },
  ) {
    const n = points.length;
    const numericCount = dims.filter((d) => d.kind === 'numeric').length;
    // Scott's rule in d dimensions scales as n^(-1/(d+4)). n is the number of observations of the whole history,
    // not of this group: the good group holds ~15% of the trials, so sizing by it keeps kernels wide and the search
    // never refines (bench: Branin regret at 60 trials 0.16 -> 0.03). The clip stops few points making spikes.
    const count = Math.max(options.observationCount, 1);
    const s = Math.min(
      Math.max(options.bandwidth * Math.pow(count, -1 / (numericCount + 4)), 1 / Math.min(100, count + 1)),
      1,
    );
    this.sigma = dims.map(() => s);
    this.centers = [...points, dims.map((d) => (d.kind === 'numeric' ? 0.5 : -1))];
    this.weights = [...points.map(() => 1), options.priorWeight];
    const total = this.weights.reduce((a, b) => a + b, 0);
    this.logWeights = this.weights.map((w) => Math.log(w / total));
    const kernels = n + 1;
    this.catProbs = this.centers.map((center, c) =>
      dims.map((dim, d) => {
        if (dim.kind !== 'categorical') return [];
        if (c === n) return dim.prior.slice();
        const row = dim.prior.map((p) => (options.priorWeight * p) / kernels);
        row[center[d]] += 1;
        const sum = row.reduce((a, b) => a + b, 0);
        return row.map((p) => p / sum);
      }),
    );
    this.logCatProbs = this.catProbs.map((rows) => rows.map((row) => row.map((p) => Math.log(p))));
    this.constants = this.centers.map((center, c) =>
      dims.map((dim, d) => (dim.kind === 'numeric' ? logTruncatedNormalConstant(center[d], this.sigmaOf(c, d)) : 0)),
    );
  }

  private sigmaOf(kernel: number, d: number): number {
    return kernel === this.centers.length - 1 ? 1 : this.sigma[d];
  }

  /** One draw: pick a kernel by weight, then each coordinate from that kernel. */
  sample(random: Random): Encoded {
    const c = drawIndex(random, this.weights);
    return this.dims.map((dim, d) => {
      if (dim.kind === 'categorical') return drawIndex(random, this.catProbs[c][d]);
      return sampleTruncatedNormal(random(), this.centers[c][d], this.sigmaOf(c, d));
    });
  }

  logDensity(x: Encoded): number {
    const terms = this.centers.map((center, c) => {
      let sum = this.logWeights[c];
      for (let d = 0; d < this.dims.length; d++) {
        if (this.dims[d].kind === 'categorical') sum += this.logCatProbs[c][d][x[d]];
        else sum += logTruncatedNormal(x[d], center[d], this.sigmaOf(c, d), this.constants[c][d]);
      }
      return sum;
    });
    const max = Math.max(...terms);
    return max + Math.log(terms.reduce((a, t) => a + Math.exp(t - max), 0));
  }
}
