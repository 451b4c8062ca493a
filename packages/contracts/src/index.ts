export * from './bundle.ts';
export * from './bundle-views.ts';
export * from './checksums.ts';
export * from './errors.ts';
export * from './guide.ts';
export * from './labels.ts';
export * from './roles.ts';
export * from './situations.ts';
