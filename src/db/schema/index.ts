// One file per domain; this index is what drizzle-kit and the client read.
export * from './meta';
export * from './accounts';
export * from './organisations';
export * from './notifications';
export * from './regions';
export * from './programmes';
export * from './opportunities';
export * from './talent';
export * from './applications';
export * from './search';
