export * from './hlc';
export * from './record';
export * from './wire';
