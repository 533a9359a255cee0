/**
 * Exact arithmetic for doses: fractions of big integers, so 0.15 mg/kg x 7 kg is 1.05 mg (not 1.0499999999999998)
 * and a volume that sits exactly halfway between two syringe marks is seen as a tie, not decided by a rounding error.
 */

/** A fraction n/d in lowest terms with d > 0. */
export interface Ratio {
  readonly n: bigint;
  readonly d: bigint;
}

const abs = (x: bigint) => (x < 0n ? -x : x);
const gcd = (a: bigint, b: bigint): bigint => (b === 0n ? abs(a) : gcd(b, a % b));

/** n/d reduced. */
export function ratio(n: bigint, d: bigint = 1n): Ratio {
  if (d === 0n) throw new RangeError('division by zero');
  const g = gcd(n, d) || 1n;
  const sign = d < 0n ? -1n : 1n;
  return { n: (sign * n) / g, d: (sign * d) / g };
}

/** Parses a plain decimal ("7", "7.5", ".5", "1.1e14") exactly; `undefined` if it is not one. */
export function parseDecimal(text: string): Ratio | undefined {
  const m = /^([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/.exec(text.trim());
  if (!m || (m[2] === '' && (m[3] ?? '') === '')) return undefined;
  const [, sign, whole = '', frac = '', exp = '0'] = m;
  const e = Number(exp) - frac.length;
  if (Math.abs(e) > 400) return undefined;
  const digits = BigInt(`${whole}${frac}` || '0') * (sign === '-' ? -1n : 1n);
  return e >= 0 ? ratio(digits * 10n ** BigInt(e)) : ratio(digits, 10n ** BigInt(-e));
}

/** A finite JS number read through its shortest decimal form (0.15 is exactly 15/100). */
export function fromNumber(x: number): Ratio {
  const r = Number.isFinite(x) ? parseDecimal(String(x)) : undefined;
  if (!r) throw new RangeError(`not a finite number: ${x}`);
  return r;
}

/** a x b. */
export const mul = (a: Ratio, b: Ratio): Ratio => ratio(a.n * b.n, a.d * b.d);
/** a / b. */
export const div = (a: Ratio, b: Ratio): Ratio => ratio(a.n * b.d, a.d * b.n);
/** a + b. */
export const add = (a: Ratio, b: Ratio): Ratio => ratio(a.n * b.d + b.n * a.d, a.d * b.d);
/** a - b. */
export const sub = (a: Ratio, b: Ratio): Ratio => ratio(a.n * b.d - b.n * a.d, a.d * b.d);

/** -1, 0 or 1 as `a` is less than, equal to or greater than `b`. */
export const cmp = (a: Ratio, b: Ratio): -1 | 0 | 1 => {
  const x = a.n * b.d - b.n * a.d;
  return x < 0n ? -1 : x > 0n ? 1 : 0;
};

/** Whether the fraction has a finite decimal expansion (its denominator has no prime factor but 2 and 5). */
export function isTerminating(r: Ratio): boolean {
  let d = r.d;
  while (d % 2n === 0n) d /= 2n;
  while (d % 5n === 0n) d /= 5n;
  return d === 1n;
}

/** The decimal text of `r`: exact when it terminates within `maxPlaces`, else cut (not rounded) with `exact: false`. */
export function toDecimal(r: Ratio, maxPlaces = 12): { text: string; exact: boolean } {
  const negative = r.n < 0n;
  let rest = abs(r.n) % r.d;
  let text = (abs(r.n) / r.d).toString();
  let frac = '';
  while (rest !== 0n && frac.length < maxPlaces) {
    rest *= 10n;
    frac += (rest / r.d).toString();
    rest %= r.d;
  }
  if (frac) text += `.${frac}`;
  return { text: negative ? `-${text}` : text, exact: rest === 0n };
}

/** The nearest JS number (exact decimals print back as written: 1.05, 6.6). */
export const toNumber = (r: Ratio): number => Number(toDecimal(r, 20).text);

/** The multiple of `step` nearest to `r`; `tie` is true when `r` lies exactly halfway between two multiples. */
export function roundToStep(r: Ratio, step: Ratio): { value: Ratio; tie: boolean } {
  const q = div(r, step);
  const floor = q.n >= 0n ? q.n / q.d : -((-q.n + q.d - 1n) / q.d);
  const twice = cmp(sub(q, ratio(floor)), ratio(1n, 2n));
  const k = twice < 0 ? floor : floor + 1n;
  return { value: mul(ratio(k), step), tie: twice === 0 };
}
