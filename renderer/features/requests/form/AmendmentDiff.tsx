import { useLiveQuery } from 'dexie-react-hooks';
import { formatContactName, type Attachment, type Contact } from '../../../../shared/domain';
import { useDatabase } from '../../../db';
import { loadRequestBundle } from './requestData';
import { requestDiff } from './requestDiff';
import { RequestDiffView } from './RequestDiffView';

/**
 * For an amendment (`amendmentOf` set), the field-by-field diff against the request it amends,
 * as stored now (live); nothing for an original request. The request's page and the
 * amendment's edit page show it.
 */
export function AmendmentDiff({ requestId }: { requestId: string }) {
  const { db } = useDatabase();
  const data = useLiveQuery(async () => {
    const after = await loadRequestBundle(db, requestId);
    if (!after?.request.amendmentOf) return null;
    const before = await loadRequestBundle(db, after.request.amendmentOf);
    if (!before) return null;
    const contacts = (await db.contacts.toArray()) as Contact[];
    const attachments = (await db.attachments.where('caseId').equals(after.request.caseId).toArray()) as Attachment[];
    return {
      entries: requestDiff(before.request, after.request, before.questions, after.questions),
      contactNames: new Map(contacts.map((c) => [c.id, formatContactName(c)])),
      attachmentNames: new Map(attachments.map((a) => [a.id, a.fileName])),
    };
  }, [db, requestId]);
  if (!data) return null;
  return <RequestDiffView entries={data.entries} contactNames={data.contactNames} attachmentNames={data.attachmentNames} />;
}
