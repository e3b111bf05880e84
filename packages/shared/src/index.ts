export * from './roles';
export * from './permissions';
export * from './errors';
export * from './validation';
export * from './pagination';
export * from './registry';
export * from './duty';
