export * from './calendar-year-files.js';
