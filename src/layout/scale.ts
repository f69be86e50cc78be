/**
 * Number-only linear and band scales with the chained API and the exact arithmetic of d3-scale's
 * `scaleLinear` and `scaleBand`, for the parts the layouts use. d3-scale's linear scale
 * interpolates any value (colours, strings, dates) and formats ticks, which brings d3-interpolate,
 * d3-color and d3-format into every page (about 8.5 KB gzip); these scales map numbers to numbers
 * only. Ticks and nice steps are d3-array's own. Switching is a change of import path:
 * `import { scaleLinear } from '../layout/scale.js'`.
 */
import { tickIncrement, ticks } from 'd3-array';

/** A linear map from a two-number domain to a two-number range, as d3's `scaleLinear`. */
export interface LinearScale {
  /** The range value of `value`; `NaN` for `NaN` (d3 gives its `unknown`, `undefined`). */
  (value: number): number;
  domain(): [number, number];
  /** Sets the domain (two numbers: start and end, either order). */
  domain(domain: readonly number[]): LinearScale;
  range(): [number, number];
  /** Sets the range (two numbers). */
  range(range: readonly number[]): LinearScale;
  clamp(): boolean;
  /** With `true`, a value outside the domain maps to the nearest end of the range. */
  clamp(clamp: boolean): LinearScale;
  /** About `count` (10) round values within the domain, as d3-array's `ticks`. */
  ticks(count?: number): number[];
  /** Extends the domain to round values at a tick step for about `count` (10) ticks, as d3. */
  nice(count?: number): LinearScale;
  /** The domain value of a range value (clamped to the domain when the scale clamps), as d3's `invert`. */
  invert(value: number): number;
  /** A scale with the same domain, range and clamping. */
  copy(): LinearScale;
}

function pair(values: readonly number[], what: string): [number, number] {
  if (values.length !== 2) throw new RangeError(`scaleLinear: the ${what} needs two numbers, got ${values.length}`);
  return [+values[0]!, +values[1]!];
}

/** d3's `normalize(a, b)`: 0 at a, 1 at b; ½ for a domain of one point. */
function normalize(a: number, b: number): (x: number) => number {
  const span = b - a;
  return span ? (x) => (x - a) / span : () => (Number.isNaN(span) ? NaN : 0.5);
}

/** d3-interpolate's `interpolateNumber`: a at t = 0, b at t = 1. */
function interpolateNumber(a: number, b: number): (t: number) => number {
  return (t) => a * (1 - t) + b * t;
}

/** A linear scale: domain [0, 1], range [0, 1], not clamped (d3's defaults). */
export function scaleLinear(): LinearScale {
  let domain: [number, number] = [0, 1];
  let range: [number, number] = [0, 1];
  let clamp = false;
  let map: (x: number) => number = (x) => x;
  let unmap: (y: number) => number = (y) => y;

  // d3's bimap: a descending domain is normalised from its low end, with the range swapped.
  const rescale = () => {
    const [d0, d1] = domain;
    const [r0, r1] = range;
    const t = d1 < d0 ? normalize(d1, d0) : normalize(d0, d1);
    const value = d1 < d0 ? interpolateNumber(r1, r0) : interpolateNumber(r0, r1);
    const low = Math.min(d0, d1);
    const high = Math.max(d0, d1);
    map = clamp && low < high ? (x) => value(t(Math.max(low, Math.min(high, x)))) : (x) => value(t(x));
    // d3's invert: the same bimap from the range to the domain, then clamped to the domain.
    const back = r1 < r0 ? normalize(r1, r0) : normalize(r0, r1);
    const onto = r1 < r0 ? interpolateNumber(d1, d0) : interpolateNumber(d0, d1);
    unmap = clamp && low < high ? (y) => Math.max(low, Math.min(high, onto(back(y)))) : (y) => onto(back(y));
  };

  const scale = ((value: number) => (Number.isNaN(+value) ? NaN : map(+value))) as LinearScale;
  scale.domain = ((next?: readonly number[]) => {
    if (next === undefined) return [...domain];
    domain = pair(next, 'domain');
    rescale();
    return scale;
  }) as LinearScale['domain'];
  scale.range = ((next?: readonly number[]) => {
    if (next === undefined) return [...range];
    range = pair(next, 'range');
    rescale();
    return scale;
  }) as LinearScale['range'];
  scale.clamp = ((next?: boolean) => {
    if (next === undefined) return clamp;
    clamp = Boolean(next);
    rescale();
    return scale;
  }) as LinearScale['clamp'];
  scale.ticks = (count = 10) => ticks(domain[0], domain[1], count);
  // d3-scale's linearish nice: widen to the tick step until the step stops changing (≤ 10 rounds).
  scale.nice = (count = 10) => {
    const reversed = domain[1] < domain[0];
    let start = reversed ? domain[1] : domain[0];
    let stop = reversed ? domain[0] : domain[1];
    let previous: number | undefined;
    for (let round = 0; round < 10; round++) {
      const step = tickIncrement(start, stop, count);
      if (step === previous) {
        domain = reversed ? [stop, start] : [start, stop];
        rescale();
        return scale;
      }
      if (step > 0) {
        start = Math.floor(start / step) * step;
        stop = Math.ceil(stop / step) * step;
      } else if (step < 0) {
        start = Math.ceil(start * step) / step;
        stop = Math.floor(stop * step) / step;
      } else {
        break;
      }
      previous = step;
    }
    return scale;
  };
  scale.invert = (value: number) => (Number.isNaN(+value) ? NaN : unmap(+value));
  scale.copy = () => scaleLinear().domain(domain).range(range).clamp(clamp);
  return scale;
}

/** Equal bands for an ordered list of values, as d3's `scaleBand` (no rounding). */
export interface BandScale<Value> {
  /** The start of the band of `value`; `undefined` for a value not in the domain. */
  (value: Value): number | undefined;
  domain(): Value[];
  domain(domain: Iterable<Value>): BandScale<Value>;
  range(): [number, number];
  range(range: readonly number[]): BandScale<Value>;
  paddingInner(): number;
  /** The share of a step left empty between bands (0…1). */
  paddingInner(padding: number): BandScale<Value>;
  paddingOuter(): number;
  /** The room before the first band and after the last, in steps. */
  paddingOuter(padding: number): BandScale<Value>;
  align(): number;
  /** Where the bands sit in spare room: 0 at the start, ½ centred (the default), 1 at the end. */
  align(align: number): BandScale<Value>;
  /** The width of a band. */
  bandwidth(): number;
  /** The distance from one band's start to the next one's. */
  step(): number;
}

/** A band scale: empty domain, range [0, 1], no padding, centred (d3's defaults). */
export function scaleBand<Value>(): BandScale<Value> {
  let domain: Value[] = [];
  let index = new Map<Value, number>();
  let range: [number, number] = [0, 1];
  let inner = 0;
  let outer = 0;
  let alignment = 0.5;
  let step = 1;
  let bandwidth = 1;
  let starts: number[] = [];

  // d3-scale's band rescale, without `round`.
  const rescale = () => {
    const n = domain.length;
    const reverse = range[1] < range[0];
    let start = reverse ? range[1] : range[0];
    const stop = reverse ? range[0] : range[1];
    step = (stop - start) / Math.max(1, n - inner + outer * 2);
    start += (stop - start - step * (n - inner)) * alignment;
    bandwidth = step * (1 - inner);
    starts = Array.from({ length: n }, (_, i) => start + step * i);
    if (reverse) starts.reverse();
  };

  const scale = ((value: Value) => {
    const at = index.get(value);
    return at === undefined ? undefined : starts[at];
  }) as BandScale<Value>;
  scale.domain = ((next?: Iterable<Value>) => {
    if (next === undefined) return [...domain];
    domain = [];
    index = new Map();
    for (const value of next) {
      if (index.has(value)) continue;
      index.set(value, domain.length);
      domain.push(value);
    }
    rescale();
    return scale;
  }) as BandScale<Value>['domain'];
  scale.range = ((next?: readonly number[]) => {
    if (next === undefined) return [...range];
    if (next.length !== 2) throw new RangeError(`scaleBand: the range needs two numbers, got ${next.length}`);
    range = [+next[0]!, +next[1]!];
    rescale();
    return scale;
  }) as BandScale<Value>['range'];
  scale.paddingInner = ((next?: number) => {
    if (next === undefined) return inner;
    inner = Math.min(1, next);
    rescale();
    return scale;
  }) as BandScale<Value>['paddingInner'];
  scale.paddingOuter = ((next?: number) => {
    if (next === undefined) return outer;
    outer = +next;
    rescale();
    return scale;
  }) as BandScale<Value>['paddingOuter'];
  scale.align = ((next?: number) => {
    if (next === undefined) return alignment;
    alignment = Math.max(0, Math.min(1, next));
    rescale();
    return scale;
  }) as BandScale<Value>['align'];
  scale.bandwidth = () => bandwidth;
  scale.step = () => step;
  return scale;
}
