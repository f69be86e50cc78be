/**
 * Locale-aware text for klantreis elements: which language to speak (`resolveLocale`) and the
 * `Localizer` that formats numbers, dates, durations and lists with Intl and picks the message
 * catalogue. Intl formatters are cached per locale and options.
 */
import { isWellKnownChannel } from '../../model/channels.js';
import type { DurationParts } from '../../model/duration.js';
import type { Journey } from '../../model/types.js';
import { CATALOGUES, type CatalogueLanguage, catalogueLanguage } from './catalogues.js';
import type { Messages } from './messages.en.js';
import { polarityOf } from './polarity.js';

/** The tag used when nothing else names a language. */
export const FALLBACK_LOCALE = 'en';

/** The canonical form of a BCP 47 tag, or `undefined` when it is empty or not a valid tag. */
export function canonicalLocale(tag: string | null | undefined): string | undefined {
  if (typeof tag !== 'string') return undefined;
  const trimmed = tag.trim();
  if (trimmed === '' || trimmed.length > 35) return undefined;
  try {
    return Intl.getCanonicalLocales(trimmed)[0];
  } catch {
    return undefined;
  }
}

function parentAcrossShadow(node: Node): Node | null {
  const parent = node.parentNode;
  return parent instanceof ShadowRoot ? parent.host : parent;
}

/**
 * The locale an element speaks: its own `lang` attribute, else the journey's `locale`, else the
 * closest ancestor's `lang` (crossing shadow roots to their hosts), else the document's `lang`,
 * else the browser's language, else `en`. Empty or invalid tags are skipped.
 */
export function resolveLocale(host: HTMLElement, journeyLocale?: string): string {
  const own = canonicalLocale(host.getAttribute('lang'));
  if (own) return own;
  const fromJourney = canonicalLocale(journeyLocale);
  if (fromJourney) return fromJourney;
  // Bounded by the depth of the DOM: each step moves to a parent or a shadow host.
  for (let node = parentAcrossShadow(host); node !== null; node = parentAcrossShadow(node)) {
    if (node instanceof Element) {
      const tag = canonicalLocale(node.getAttribute('lang'));
      if (tag) return tag;
    }
  }
  const page = canonicalLocale(document.documentElement?.getAttribute('lang'));
  if (page) return page;
  const browser = canonicalLocale(typeof navigator === 'undefined' ? undefined : navigator.language);
  return browser ?? FALLBACK_LOCALE;
}

// Intl.DurationFormat is not in TypeScript's ES2023 lib yet.
interface DurationFormatLike {
  format(duration: Partial<Record<keyof DurationParts, number>>): string;
}
type DurationFormatConstructor = new (
  locale: string,
  options: { style: 'long' | 'short' | 'narrow' },
) => DurationFormatLike;

const DURATION_UNITS = [
  ['years', 'year'],
  ['months', 'month'],
  ['weeks', 'week'],
  ['days', 'day'],
  ['hours', 'hour'],
  ['minutes', 'minute'],
  ['seconds', 'second'],
] as const satisfies ReadonlyArray<readonly [keyof DurationParts, string]>;

const MINUS = '\u2212';

const formatters = new Map<string, unknown>();

function cached<T>(key: string, create: () => T): T {
  let formatter = formatters.get(key) as T | undefined;
  if (formatter === undefined) {
    formatter = create();
    formatters.set(key, formatter);
  }
  return formatter;
}

const channelLabels = new WeakMap<object, ReadonlyMap<string, string>>();

function journeyChannelLabels(journey: Pick<Journey, 'channels'>): ReadonlyMap<string, string> {
  let labels = channelLabels.get(journey);
  if (!labels) {
    labels = new Map((journey.channels ?? []).map((channel) => [channel.id, channel.label]));
    channelLabels.set(journey, labels);
  }
  return labels;
}

const localizers = new Map<string, Localizer>();

/** Formats numbers, dates and durations for one locale and gives its message catalogue. */
export class Localizer {
  /** The Localizer for a locale, shared by every element that speaks it. */
  static for(locale: string): Localizer {
    const tag = canonicalLocale(locale) ?? FALLBACK_LOCALE;
    let localizer = localizers.get(tag);
    if (!localizer) {
      localizer = new Localizer(tag);
      localizers.set(tag, localizer);
    }
    return localizer;
  }

  /** The BCP 47 tag that numbers and dates are formatted for, e.g. `nl-NL`. */
  readonly locale: string;
  /** The language of the message catalogue chosen: `nl` for any Dutch locale, else `en`. */
  readonly lang: CatalogueLanguage;
  /** The messages in that language. */
  readonly messages: Messages;

  /** Creates a Localizer; an invalid tag falls back to English. */
  constructor(locale: string) {
    this.locale = canonicalLocale(locale) ?? FALLBACK_LOCALE;
    this.lang = catalogueLanguage(this.locale);
    this.messages = CATALOGUES[this.lang];
  }

  #numberFormat(options: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
    return cached(
      `number|${this.locale}|${JSON.stringify(options)}`,
      () => new Intl.NumberFormat(this.locale, options),
    );
  }

  /** `text` with its first letter in upper case, by this locale's rules. */
  capitalise(text: string): string {
    return text === '' ? text : text.charAt(0).toLocaleUpperCase(this.locale) + text.slice(1);
  }

  /** A metric's value with its unit, the same in every element: "12 %", "3,5 dagen". */
  metric(value: number, unit: string | undefined): string {
    const number = this.number(value);
    return unit ? `${number} ${unit}` : number;
  }

  /** A number in this locale, e.g. `1.234,5` in Dutch. */
  number(value: number, options?: Intl.NumberFormatOptions): string {
    return this.#numberFormat(options).format(value);
  }

  /** A number with its sign, `+46`, `−14` (a real minus sign) or `0`; at most one decimal unless told. */
  signed(value: number, options: Intl.NumberFormatOptions = {}): string {
    const format = this.#numberFormat({ maximumFractionDigits: 1, ...options, signDisplay: 'exceptZero' });
    return format
      .formatToParts(value)
      .map((part) => (part.type === 'minusSign' ? MINUS : part.value))
      .join('');
  }

  /** A share from 0 to 1 as a percentage, e.g. `0.23` → `23%`; whole percents unless told. */
  percent(share: number, options: Intl.NumberFormatOptions = {}): string {
    return this.#numberFormat({ maximumFractionDigits: 0, ...options, style: 'percent' }).format(share);
  }

  /** A duration in words: `3 dagen`, `1 uur en 30 minuten`, `1 hour, 30 minutes`. */
  duration(parts: DurationParts): string {
    const present = DURATION_UNITS.filter(([field]) => parts[field] !== 0 && Number.isFinite(parts[field]));
    if (present.length === 0) {
      return this.number(0, { style: 'unit', unit: 'minute', unitDisplay: 'long' });
    }
    const DurationFormat = (Intl as unknown as { DurationFormat?: DurationFormatConstructor }).DurationFormat;
    // Intl.DurationFormat takes whole numbers only; `P1.5D` goes the unit-by-unit way.
    if (typeof DurationFormat === 'function' && present.every(([field]) => Number.isInteger(parts[field]))) {
      try {
        const format = cached(`duration|${this.locale}`, () => new DurationFormat(this.locale, { style: 'long' }));
        return format.format(Object.fromEntries(present.map(([field]) => [field, parts[field]])));
      } catch {
        // Fall through to the unit-by-unit form.
      }
    }
    return this.list(
      present.map(([field, unit]) => this.number(parts[field], { style: 'unit', unit, unitDisplay: 'long' })),
      'unit',
    );
  }

  /** Items joined as a list in this locale, e.g. `a, b en c`. */
  list(items: readonly string[], type: Intl.ListFormatType = 'conjunction'): string {
    const format = cached(
      `list|${this.locale}|${type}`,
      () => new Intl.ListFormat(this.locale, { type, style: 'long' }),
    );
    return format.format(items);
  }

  /** A calendar date, e.g. `12 mrt 2026`. */
  date(value: Date): string {
    return cached(`date|${this.locale}`, () => new Intl.DateTimeFormat(this.locale, { dateStyle: 'medium' })).format(
      value,
    );
  }

  /** A time of day, e.g. `14:05` or `2:05 PM`. */
  time(value: Date): string {
    return cached(`time|${this.locale}`, () => new Intl.DateTimeFormat(this.locale, { timeStyle: 'short' })).format(
      value,
    );
  }

  /** A date with its time, e.g. `12 mrt 2026 14:05`. */
  dateTime(value: Date): string {
    return cached(
      `datetime|${this.locale}`,
      () => new Intl.DateTimeFormat(this.locale, { dateStyle: 'medium', timeStyle: 'short' }),
    ).format(value);
  }

  /** The word for an emotion label: a known label in this language, any other label as written. */
  emotionWord(label: string): string {
    const words: Readonly<Record<string, string>> = this.messages.emotions;
    return Object.hasOwn(words, label) ? words[label]! : label;
  }

  /** Emotion polarity of a score in words, e.g. `zeer negatief` for −4. */
  polarity(score: number): string {
    return this.messages.polarity[polarityOf(score)];
  }

  /** An emotion score with its sign and its polarity in words, e.g. `−3 (negatief)`. */
  emotionScore(score: number): string {
    return this.messages.emotionScore(this.signed(score), this.polarity(score));
  }

  /** A channel's name: the journey's own label first, else the well-known name, else the id itself. */
  channelName(id: string, journey?: Pick<Journey, 'channels'>): string {
    const own = journey ? journeyChannelLabels(journey).get(id) : undefined;
    if (own !== undefined) return own;
    return isWellKnownChannel(id) ? this.messages.channels[id] : id;
  }
}
