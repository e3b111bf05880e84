export * from './cube';
export { AUDIT_CUBE } from './audit';
export { DEPUTY_COMPOSITION_CUBE, AGE_BANDS, AGE_BAND_LABELS, ageBandSql } from './deputies';
