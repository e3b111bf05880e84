export * from './cube';
export { AUDIT_CUBE } from './audit';
export { DEPUTY_COMPOSITION_CUBE, AGE_BANDS } from './deputies';
