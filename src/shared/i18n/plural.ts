/**
 * Plural choice for the message catalogues, by the language's own CLDR rules (Intl.PluralRules):
 * each form is a function of the count, so no catalogue holds a format string.
 */

/** The forms of a counted message; `other` is required, the rest as the language needs. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, (count: string) => string>> & {
  other: (count: string) => string;
};

/** Returns a function that picks and fills the plural form of `count` in language `lang`. */
export function pluralizer(lang: string): (count: number, forms: PluralForms) => string {
  const rules = new Intl.PluralRules(lang);
  const numbers = new Intl.NumberFormat(lang);
  return (count, forms) => {
    const form = forms[rules.select(count)] ?? forms.other;
    return form(numbers.format(count));
  };
}
