/** Public entry of the meetings feature: its module for the shell. */
export { meetingsModule } from './module';
