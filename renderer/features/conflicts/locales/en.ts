/**
 * English strings of the conflicts feature, under `conflicts.*`. `vi.ts` has exactly the same keys
 * (tested). Tables, fields and values are named by `renderer/records`, shared with the audit.
 */
export const en = {
  conflicts: {
    nav: {
      label: 'Conflicts',
      count_one: '{{count}} open conflict',
      count_other: '{{count}} open conflicts',
    },
    page: {
      title: 'Conflicts',
      intro:
        'A status or outcome was changed on two devices before they synced. Choose which value stands: your choice is an ordinary change and reaches every device.',
      loading: 'Loading conflicts…',
      openHeading: 'Open conflicts',
      openList: 'Open conflicts, newest first',
      emptyTitle: 'No open conflicts',
      emptyBody: 'Every device agrees. Conflicts appear here when the same status or outcome is changed in two places at once.',
      resolvedSummary_one: 'Resolved ({{count}})',
      resolvedSummary_other: 'Resolved ({{count}})',
      resolvedList: 'Resolved conflicts, most recently resolved first',
    },
    conflict: {
      heading: '{{field}} of <link>{{record}}</link>',
      title: '{{field}} of {{record}}',
      resolvedAnnouncement: 'Conflict resolved: {{title}} is now {{value}}.',
      reason: {
        concurrentEdit: 'Changed on two devices before they synced.',
        editAfterDelete: 'Edited on one device after the record was deleted on another.',
      },
      valueBy: 'Value of {{author}}',
      lastValueBeforeDeletion: 'Last value before deletion, deleted by {{author}}',
      editNotApplied: 'Edit by {{author}}, not applied',
      changedAt: 'Changed {{when}}',
      current: 'Current value',
      keep: 'Keep {{author}}’s value',
      use: 'Use {{author}}’s value',
      keepThis: 'Keep this value',
      useThis: 'Use this value',
      leaveDeleted: 'Leave the record deleted',
      deletedNote:
        'The record was deleted, so this edit cannot be applied. Resolving keeps the record deleted; the edited value stays listed under Resolved.',
      saving: 'Saving your choice…',
      resolvedBy: 'Resolved by {{author}}, {{when}}',
      resolvedValue: 'Value kept: {{value}}',
      unknownAuthor: 'an unknown member',
      recordMissing: 'a record not on this device',
    },
    errors: {
      transition:
        'This value cannot be applied: the status cannot move from “{{from}}” to “{{to}}”. The conflict stays open. Keep the other value, or change the status step by step on the record first.',
      validation:
        'This value cannot be applied because the record would no longer be valid (for example, a closed case needs an outcome). The conflict stays open.',
      missing: 'This value cannot be applied because the record has been deleted. The conflict stays open.',
      alreadyResolved: 'This conflict has already been resolved, perhaps on another device.',
      outcomeRequired: 'Choose an outcome: closing needs one. The conflict stays open.',
      failed: 'Your choice could not be saved. Nothing was changed and the conflict stays open.',
    },
    choice: {
      heading: 'To use “{{value}}”:',
      route: 'The status moves {{route}}, one allowed step at a time.',
      clearsOutcome: 'Reopening clears the outcome “{{outcome}}”: only a closed record has one.',
      outcomeNeeded: 'Closing needs an outcome.',
      confirm: 'Apply',
      reopenConfirm: 'Reopen and apply',
      closeConfirm: 'Close with this outcome',
      cancel: 'Cancel',
      unreachable: 'This value cannot be chosen: no allowed change of status leads to “{{to}}” from the current status.',
      invalid: 'This value cannot be chosen: the record would no longer be valid with it.',
    },
    marker: {
      text_one: 'This case has a conflicting change',
      text_other: 'This case has {{count}} conflicting changes',
      resolve: 'Resolve',
    },
    history: {
      heading: 'Change history',
      listLabel: 'Changes to this record, newest first',
      loading: 'Loading the history…',
      empty: 'No changes of this record are recorded on this device yet.',
      meta: '{{author}} · {{when}}',
      created: 'Created the record',
      added: 'Added',
      removed: 'Removed',
      field: '{{field}}: {{value}}',
      deleted: 'Deleted the record',
      change: '{{field}}: {{old}} → {{new}}',
      replacedMeta: 'Replaced by a concurrent edit · {{when}}',
      replaced: '{{field}}: value replaced by a concurrent edit: {{value}} — by {{author}}, {{when}}',
      showAll: 'Show all {{count}} entries',
      showFewer: 'Show only the latest 20',
    },
  },
};

/** The shape both languages share. */
export type ConflictsLocale = typeof en;
