/**
 * Normal-distribution helpers written out in plain arithmetic (no library): the same double results on every
 * machine running the same engine, which the plan's reproducibility rests on.
 */

/** erfc with relative error < 1.2e-7 everywhere (Numerical Recipes' Chebyshev fit). */
export function erfc(x: number): number {
  const z = Math.abs(x);
  const t = 1 / (1 + 0.5 * z);
  const r =
    t *
    Math.exp(
      -z * z -
        1.26551223 +
        t *
          (1.00002368 +
            t *
              (0.37409196 +
                t *
                  (0.09678418 +
                    t *
                      (-0.18628806 +
                        t *
                          (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277)))))))),
    );
  return x >= 0 ? r : 2 - r;
}

/** Standard normal CDF. */
export function normalCdf(x: number): number {
  return 0.5 * erfc(-x / Math.SQRT2);
}

/** Standard normal quantile (Acklam's rational approximation, relative error < 1.2e-9), p in (0, 1). */
export function normalQuantile(p: number): number {
  const a = [
    -39.69683028665376, 220.9460984245205, -275.9285104469687, 138.357751867269, -30.66479806614716, 2.506628277459239,
  ];
  const b = [-54.47609879822406, 161.5858368580409, -155.6989798598866, 66.80131188771972, -13.28068155288572];
  const c = [
    -0.007784894002430293, -0.3223964580411365, -2.400758277161838, -2.549732539343734, 4.374664141464968,
    2.938163982698783,
  ];
  const d = [0.007784695709041462, 0.3224671290700398, 2.445134137142996, 3.754408661907416];
  const low = 0.02425;
  if (p <= 0) return -Infinity;
  if (p >= 1) return Infinity;
  if (p < low) {
    const q = Math.sqrt(-2 * Math.log(p));
    return (
      (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) /
      ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1)
    );
  }
  if (p > 1 - low) {
    const q = Math.sqrt(-2 * Math.log(1 - p));
    return (
      -(((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) /
      ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1)
    );
  }
  const q = p - 0.5;
  const r = q * q;
  return (
    ((((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q) /
    (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1)
  );
}

const LOG_SQRT_2PI = 0.5 * Math.log(2 * Math.PI);

/** The x-independent part of logTruncatedNormal: -log(sigma * sqrt(2 pi) * mass inside [0, 1]). */
export function logTruncatedNormalConstant(mu: number, sigma: number): number {
  const mass = normalCdf((1 - mu) / sigma) - normalCdf(-mu / sigma);
  return -Math.log(sigma) - LOG_SQRT_2PI - Math.log(Math.max(mass, 1e-300));
}

/** log density of N(mu, sigma) truncated to [0, 1], at x in [0, 1]. */
export function logTruncatedNormal(
  x: number,
  mu: number,
  sigma: number,
  constant = logTruncatedNormalConstant(mu, sigma),
): number {
  const z = (x - mu) / sigma;
  return -0.5 * z * z + constant;
}

/** A draw from N(mu, sigma) truncated to [0, 1], by inverting the CDF on the allowed interval. */
export function sampleTruncatedNormal(u: number, mu: number, sigma: number): number {
  const lo = normalCdf(-mu / sigma);
  const hi = normalCdf((1 - mu) / sigma);
  const p = lo + u * (hi - lo);
  const x = mu + sigma * normalQuantile(Math.min(Math.max(p, 1e-12), 1 - 1e-12));
  return Math.min(Math.max(x, 0), 1);
}
