/**
 * Phone numbers are stored once, in the Swedish national format with spaces ("020-39 00 00", "114 14").
 * These helpers derive the tel: address and check the format.
 */

/** Short numbers (112, 114 14) have no area code and are dialled as they are. */
export function isShortNumber(value: string): boolean {
  return /^\d{3}( \d{2,3})?$/.test(value);
}

/** Swedish national format: area code, hyphen, groups of digits separated by spaces; or a short number. */
export function isSwedishPhone(value: string): boolean {
  return isShortNumber(value) || /^0\d{1,3}-\d{2,3}( \d{2,3}){1,3}$/.test(value);
}

/** "020-39 00 00" → "tel:+4620390000"; "114 14" → "tel:11414". */
export function telHref(value: string): string {
  if (!isSwedishPhone(value)) throw new Error(`"${value}" is not a Swedish phone number in national format`);
  const digits = value.replace(/[^\d]/g, '');
  if (isShortNumber(value)) return `tel:${digits}`;
  return `tel:+46${digits.slice(1)}`;
}
