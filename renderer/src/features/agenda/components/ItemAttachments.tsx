/**
 * The files of an agenda item: the report (the first file) and its annexures, stored in the
 * attachment store (which syncs them) and referenced from the item.
 */
import { canEditItemParticulars } from '@shared/domain/meeting-lifecycle';
import type { AgendaItem, Meeting } from '@shared/schemas';
import { AttachmentList } from '../../../attachments/AttachmentList';
import { useRepositories } from '../../../db/DataProvider';
import { useWriteRefusal } from '../../../ui/access';

export function ItemAttachments({ item, meeting }: { item: AgendaItem; meeting: Pick<Meeting, 'status'> }) {
  const repos = useRepositories();
  const attachments = item.attachments ?? [];
  const refusal = useWriteRefusal('agendaitems', 'attachments');
  return (
    <AttachmentList
      label="Report and annexures"
      attachments={attachments}
      kind={attachments.some((a) => a.kind === 'report') ? 'annexure' : 'report'}
      addLabel={attachments.length === 0 ? 'Attach the report' : 'Attach an annexure'}
      readOnly={refusal !== null || !canEditItemParticulars(meeting.status)}
      onAdd={async (ref) => {
        await repos.agenda.addAttachment(item.id, ref);
      }}
      onRemove={async (ref) => {
        await repos.agenda.removeAttachment(item.id, ref.id);
      }}
    />
  );
}
