/** Interface words with values in them ("Valda delar: {n} av {total}."), for pages and browser scripts alike. */

/**
 * Fills a template such as "{n} sidor innehåller ”{q}”." Values are inserted as they are: a value containing
 * $' or $& is shown literally (String.replace would otherwise read them as patterns). An unknown {key} stays.
 */
export function fillLabel(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? values[key]! : whole));
}
