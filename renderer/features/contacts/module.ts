import { altKey, focusWhenRendered, type FeatureModule } from '../../shell';
import { ContactEditPage } from './ContactEditPage';
import { ContactImportPage } from './ContactImportPage';
import { contactSearchId, ContactsPage } from './ContactsPage';
import { contactsLocales } from './locales';

import './contacts.css';

/**
 * Contacts: the focal-point directory (ours and counterparts'), a contact's form, and the vCard
 * and CSV exchange. Literal paths precede `/contacts/:id` so "new" and "import" are never ids.
 */
export const contactsModule: FeatureModule = {
  id: 'contacts',
  locales: [contactsLocales],
  routes: [
    { path: '/contacts', component: ContactsPage },
    { path: '/contacts/new', component: ContactEditPage },
    { path: '/contacts/import', component: ContactImportPage },
    { path: '/contacts/:id', component: ContactEditPage },
  ],
  nav: { href: '/contacts', labelKey: 'contacts.nav.label', order: 40 },
  commands: [
    {
      id: 'searchContacts',
      run: ({ location, navigate }) => {
        if (location !== '/contacts') navigate('/contacts');
        focusWhenRendered(contactSearchId);
      },
      // A chord, so it works mid-sentence: a name heard in a meeting is looked up at once.
      shortcut: { keys: ['common.shortcuts.keyAlt', 'C'], labelKey: 'contacts.search.shortcut', matches: altKey('C'), whileTyping: true },
    },
  ],
};
