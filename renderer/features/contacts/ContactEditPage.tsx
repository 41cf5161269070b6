import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'wouter';
import { formatContactName, type Contact } from '../../../shared/domain';
import { Banner, PageHeader } from '../../components';
import { newId } from '../../db';
import { ContactForm } from './ContactForm';
import { contactToFormValues, emptyContactFormValues } from './contactForm';
import { useContact } from './contactData';

/** `/contacts/new` and `/contacts/:id`: a contact's form; saving, cancelling or deleting goes back to the directory. */
export function ContactEditPage() {
  const params = useParams<{ id?: string }>();
  return params.id ? <EditExisting id={params.id} /> : <CreateNew />;
}

function Back() {
  const { t } = useTranslation();
  return <Link href="/contacts">{t('contacts.form.back')}</Link>;
}

function CreateNew() {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const [id] = useState(newId);
  const [defaults] = useState(emptyContactFormValues);
  return (
    <div className="page page-narrow contact-edit-page">
      <PageHeader title={t('contacts.form.newTitle')} before={<Back />} />
      <ContactForm before={null} contactId={id} defaultValues={defaults} onDone={() => navigate('/contacts')} />
    </div>
  );
}

function EditExisting({ id }: { id: string }) {
  const { t } = useTranslation();
  const contact = useContact(id);
  if (contact === undefined) return <p role="status">{t('contacts.form.loading')}</p>;
  if (contact === null) return (
    <div className="page">
      <Banner tone="error" title={t('contacts.form.notFound')} />
      <Back />
    </div>
  );
  return <EditLoaded contact={contact} />;
}

/** Keeps the contact as the form opened it, so a save writes only what this attaché changed. */
function EditLoaded({ contact }: { contact: Contact }) {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const [before] = useState(contact);
  const [defaults] = useState(() => contactToFormValues(contact));
  return (
    <div className="page page-narrow contact-edit-page">
      <PageHeader title={t('contacts.form.editTitle')} subtitle={formatContactName(before)} before={<Back />} />
      <ContactForm before={before} contactId={before.id} defaultValues={defaults} onDone={() => navigate('/contacts')} />
    </div>
  );
}
