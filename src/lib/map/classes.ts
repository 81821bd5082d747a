// Classing for the choropleth: equal intervals over the range of the values shown, with bounds on
// the values' own precision so the legend's ranges are exact ("4.58–4.62", "4.63–4.67"…).
// With the ceiling effect (scores between ~4.4 and ~4.9) a fixed 1–5 scale would paint every
// region the same; classing on the values shown makes the differences visible, and the legend says so.

/** ColorBrewer YlGnBu, 5 classes: sequential, colour-blind safe, light = low, dark = high. */
export const PALETTE = ['#ffffcc', '#a1dab4', '#41b6c4', '#2c7fb8', '#253494'] as const;

export interface ClassBound {
  /** Inclusive lower bound. */
  from: number;
  /** Inclusive upper bound, on the values' precision. */
  to: number;
  colour: string;
}

export interface Classing {
  method: 'equal_interval';
  classes: ClassBound[];
  /** Precision of the values, in decimals (bounds are shown with as many). */
  decimals: number;
  /** Index into `classes` for a value, or null for a missing value. */
  classOf(value: number | null | undefined): number | null;
  colourOf(value: number | null | undefined): string | null;
}

/** Number of decimals needed to write every value exactly (0–4). */
export function decimalsOf(values: readonly number[]): number {
  let d = 0;
  for (const v of values) {
    for (let k = d; k <= 4; k++) {
      if (Math.abs(Math.round(v * 10 ** k) - v * 10 ** k) < 1e-6) {
        d = Math.max(d, k);
        break;
      }
      if (k === 4) d = 4;
    }
  }
  return d;
}

const snap = (v: number, decimals: number) => Math.round(v * 10 ** decimals) / 10 ** decimals;

/**
 * Up to `count` equal-interval classes over [min, max] of the values. Inner breaks are rounded up
 * to the values' precision; classes that would be empty by construction (a range narrower than
 * `count` steps) are merged, so there may be fewer than `count`.
 */
export function equalIntervalClasses(values: ReadonlyArray<number | null | undefined>, count = 5, palette: readonly string[] = PALETTE): Classing {
  const present = values.filter((v): v is number => typeof v === 'number' && Number.isFinite(v));
  const decimals = decimalsOf(present);
  const step = 10 ** -decimals;
  const classes: ClassBound[] = [];
  if (present.length > 0) {
    const min = Math.min(...present);
    const max = Math.max(...present);
    // Lower bounds of each class: min, then the inner breaks rounded up to the precision.
    const lows: number[] = [min];
    for (let k = 1; k < count; k++) {
      const raw = min + ((max - min) * k) / count;
      const b = snap(Math.ceil(snap(raw / step, 6)) * step, decimals);
      if (b > (lows[lows.length - 1] as number) && b <= max) lows.push(b);
    }
    // Spread the colours over the whole palette when there are fewer classes than colours.
    const n = lows.length;
    lows.forEach((from, i) => {
      const next = lows[i + 1];
      const to = next === undefined ? max : snap(next - step, decimals);
      const colourIndex = n === 1 ? palette.length - 1 : Math.round((i * (palette.length - 1)) / (n - 1));
      classes.push({ from, to, colour: palette[colourIndex] as string });
    });
  }
  const classOf = (value: number | null | undefined): number | null => {
    if (value === null || value === undefined || !Number.isFinite(value) || classes.length === 0) return null;
    for (let i = classes.length - 1; i >= 0; i--) if (value >= (classes[i] as ClassBound).from - 1e-9) return i;
    return 0;
  };
  return {
    method: 'equal_interval',
    classes,
    decimals,
    classOf,
    colourOf: (value) => {
      const i = classOf(value);
      return i === null ? null : (classes[i] as ClassBound).colour;
    },
  };
}

/** Black or white text on a class colour, whichever contrasts more (for labels on swatches). */
export function inkOn(hex: string): '#000000' | '#ffffff' {
  const c = hex.replace('#', '');
  const lin = (i: number) => {
    const s = parseInt(c.slice(i, i + 2), 16) / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  const l = 0.2126 * lin(0) + 0.7152 * lin(2) + 0.0722 * lin(4);
  return (l + 0.05) / 0.05 >= 1.05 / (l + 0.05) ? '#000000' : '#ffffff';
}
