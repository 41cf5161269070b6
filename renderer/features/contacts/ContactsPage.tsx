import { useDeferredValue, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import { writeContactsCsv, writeContactsVCard } from '../../../shared/contacts';
import { formatContactName, type Contact } from '../../../shared/domain';
import { Button, DataGrid, EmptyState, PageHeader, TextField, type DataGridColumn } from '../../components';
import { SaveStatus, useFileSave } from '../../export';
import { useFormat } from '../../i18n';
import { contactsFileName } from './contactExchange';
import { filterContacts } from './contactList';
import { useContacts } from './contactData';

/** The search box's id, which the "search the contacts" shortcut focuses. */
export const contactSearchId = 'contact-search';

/**
 * `/contacts`: the focal-point directory, in Vietnamese alphabetical order of family then given
 * name, searched by name (with or without marks), organisation, country or topic. The exports
 * save what the list shows: the whole directory, or what the search found.
 */
export function ContactsPage() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const [, navigate] = useLocation();
  const contacts = useContacts();
  const [query, setQuery] = useState('');
  const deferredQuery = useDeferredValue(query);
  const shown = useMemo(() => (contacts ? filterContacts(contacts, deferredQuery) : undefined), [contacts, deferredQuery]);
  // One status line for both exports: it says what the last one did.
  const exporter = useFileSave();

  const columns: DataGridColumn<Contact>[] = [
    { key: 'name', label: t('contacts.columns.name'), width: 'minmax(12rem, 2fr)', render: (c) => formatContactName(c) },
    { key: 'title', label: t('contacts.fields.title'), width: 'minmax(8rem, 1.5fr)', render: (c) => c.title },
    { key: 'organisation', label: t('contacts.fields.organisation'), width: 'minmax(10rem, 2fr)', render: (c) => (c.unit ? `${c.organisation} — ${c.unit}` : c.organisation) },
    { key: 'country', label: t('contacts.fields.country'), width: '9rem', render: (c) => (c.country ? fmt.countryName(c.country) : '') },
    { key: 'side', label: t('contacts.fields.side'), width: '8rem', render: (c) => t(`contacts.side.${c.side}`) },
    { key: 'topics', label: t('contacts.fields.topics'), width: 'minmax(8rem, 1.5fr)', render: (c) => c.topics.join(', ') },
    { key: 'reach', label: t('contacts.columns.reach'), width: 'minmax(10rem, 2fr)', render: (c) => [c.email, c.phone || c.mobile].filter(Boolean).join(' · ') },
  ];

  const list = shown ?? [];
  const exportVCard = () => void exporter.save(contactsFileName('vcard', new Date()), writeContactsVCard(list), 'text/vcard;charset=utf-8', list.length);
  const exportCsv = () => void exporter.save(contactsFileName('csv', new Date()), writeContactsCsv(list), 'text/csv;charset=utf-8', list.length);

  return (
    <div className="page contacts-page">
      <PageHeader
        title={t('contacts.title')}
        subtitle={t('contacts.subtitle')}
        actions={
          <>
            <Link className="btn btn-secondary" href="/contacts/import">
              {t('contacts.actions.import')}
            </Link>
            <Link className="btn btn-primary" href="/contacts/new">
              {t('contacts.actions.new')}
            </Link>
          </>
        }
      />
      {contacts === undefined ? null : contacts.length === 0 ? (
        <EmptyState title={t('contacts.empty')} description={t('contacts.emptyHelp')} />
      ) : (
        <>
          <div className="cluster contacts-toolbar" role="search" aria-label={t('contacts.search.label')}>
            <TextField
              id={contactSearchId}
              type="search"
              className="contacts-search"
              label={t('contacts.search.label')}
              placeholder={t('contacts.search.placeholder')}
              description={t('contacts.search.help')}
              value={query}
              onChange={setQuery}
            />
            <Button size="small" onPress={exportVCard} isDisabled={list.length === 0}>
              {t('contacts.actions.exportVCard')}
            </Button>
            <Button size="small" onPress={exportCsv} isDisabled={list.length === 0}>
              {t('contacts.actions.exportCsv')}
            </Button>
          </div>
          <p className="muted">{t('contacts.exportHelp')}</p>
          <SaveStatus state={exporter.state} countsRows={false} />
          <p role="status" className="muted">
            {t('contacts.count', { shown: fmt.number(list.length), count: contacts.length })}
          </p>
          {list.length === 0 ? (
            <p className="muted">{t('contacts.noMatch')}</p>
          ) : (
            <DataGrid rows={list} columns={columns} label={t('contacts.title')} onOpen={(c) => navigate(`/contacts/${c.id}`)} rowHeight={36} />
          )}
        </>
      )}
    </div>
  );
}
