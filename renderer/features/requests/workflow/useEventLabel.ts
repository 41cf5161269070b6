import { useTranslation } from 'react-i18next';
import type { CaseDirection } from '../../../../shared/domain';
import type { RequestEvent } from './requestEvents';

/** The button's words for an event: sending reads "Mark as sent" or, for a request we received, "Register as received". */
export function useEventLabel(): (event: RequestEvent, direction: CaseDirection) => string {
  const { t } = useTranslation();
  return (event, direction) => (event === 'send' ? t(`requests.events.send.${direction}`) : t(`requests.events.${event}`));
}
