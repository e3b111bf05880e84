/** Rules shared by the server and the admin's forms, so both say the same thing. */

export const PASSWORD_MIN_LENGTH = 10;
export const USERNAME_PATTERN = /^[A-Za-z0-9._-]{3,40}$/;
export const PAGE_SIZE_MAX = 100;
export const PAGE_SIZE_DEFAULT = 20;

export function isPasswordLongEnough(password: string): boolean {
  return [...password].length >= PASSWORD_MIN_LENGTH;
}

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECK = '10X98765432';

/** GB 11643-1999 citizen ID number: 17 digits and a check character (0-9 or X). */
export function isValidIdNumber(id: string): boolean {
  if (!/^\d{17}[\dXx]$/.test(id)) return false;
  const birth = id.slice(6, 14);
  if (!isValidIsoDate(`${birth.slice(0, 4)}-${birth.slice(4, 6)}-${birth.slice(6, 8)}`)) return false;
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(id[i]) * ID_WEIGHTS[i]!;
  return ID_CHECK[sum % 11] === id[17]!.toUpperCase();
}

/** The check character that completes a 17-digit ID prefix (for fixtures and demo data). */
export function idNumberCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * ID_WEIGHTS[i]!;
  return ID_CHECK[sum % 11]!;
}

/** Mainland mobile (1[3-9]x, 11 digits) or a landline with area code (0xx-xxxxxxx[x]). */
export function isValidPhone(phone: string): boolean {
  return /^1[3-9]\d{9}$/.test(phone) || /^0\d{2,3}-?\d{7,8}$/.test(phone);
}

export function isValidIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

/** Keeps the first `head` and last `tail` characters: 110101199001011234 -> 1101**********1234. */
export function maskMiddle(value: string, head: number, tail: number): string {
  const chars = [...value];
  if (chars.length <= head + tail) return '*'.repeat(chars.length);
  // slice(-0) is the whole string: a zero tail keeps nothing.
  return chars.slice(0, head).join('') + '*'.repeat(chars.length - head - tail) + (tail > 0 ? chars.slice(-tail).join('') : '');
}

export const MASKS = {
  idNumber: (v: string) => maskMiddle(v, 4, 4),
  phone: (v: string) => maskMiddle(v, 3, 4),
  /** Addresses keep their first six characters, typically the district and street. */
  address: (v: string) => maskMiddle(v, 6, 0),
  personName: (v: string) => maskMiddle(v, 1, 0),
};
