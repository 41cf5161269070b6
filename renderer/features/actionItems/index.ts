/** Public entry of the action tracker: its module for the shell. */
export { actionItemsModule } from './module';
