import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { EmptyState, PageHeader } from '../components';

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('common.notFound.title')} />
      <EmptyState
        title={t('common.notFound.body')}
        action={
          <Link href="/cases" className="btn btn-primary">
            {t('common.notFound.backToCases')}
          </Link>
        }
      />
    </>
  );
}
