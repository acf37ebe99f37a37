/** Paper size from the user's locale: Letter where it is the norm (US, Canada, Mexico...), A4 elsewhere. */
const LETTER_REGIONS = new Set([
  'US',
  'CA',
  'MX',
  'PH',
  'CL',
  'CO',
  'VE',
  'GT',
  'CR',
  'PA',
  'DO',
  'PR',
  'SV',
  'NI',
  'BZ',
]);

export type Paper = 'A4' | 'LETTER';

export function paperForLocale(locale: string): Paper {
  try {
    const region = new Intl.Locale(locale).maximize().region;
    return region && LETTER_REGIONS.has(region) ? 'LETTER' : 'A4';
  } catch {
    return 'A4';
  }
}
