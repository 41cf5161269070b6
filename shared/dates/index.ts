// The dates module's public door: other tools read due dates through here only.
export { parseDueDate } from './parseDueDate';
