export * from './hlc';
export * from './record';
export * from './wire';
export * from './clamp';
export * from './merge';
export * from './mergeTypes';
export * from './rebase';
export * from './clockGroups';
