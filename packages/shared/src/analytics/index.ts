export * from './cube';
export { AUDIT_CUBE } from './audit';
