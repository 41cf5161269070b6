/** Public entry of the contacts feature: its module for the shell. */
export { contactsModule } from './module';
