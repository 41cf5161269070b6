/** Public entry of the contacts feature: its module for the shell. */
export { contactsModule } from './module';
/** The directory, for pickers elsewhere (a meeting's delegations). */
export { useContacts } from './contactData';
