/** The DNS editor's shared logic: validation, zone rules, the planner, zone files. */
export * from './types';
export * from './names';
export * from './ip';
export * from './txt';
export * from './record-key';
export * from './validate-record';
export * from './zone-rules';
export * from './planner';
export * from './zone-export';
export * from './zone-parse';
export * from './zone-import';
export * from './format';
