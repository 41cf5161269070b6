// The shell's own strings (top-level key `common`): navigation, shortcuts, offline state and the
// labels shared components use. Features keep their strings in their own bundles.
export const en = {
  common: {
    appName: 'Attaché',
    skipToContent: 'Skip to main content',
    nav: {
      label: 'Main navigation',
      cases: 'Cases',
      newCase: 'New case',
      settings: 'Settings',
    },
    topBar: {
      languageLabel: 'Language',
      shortcutsButton: 'Keyboard shortcuts',
    },
    languages: {
      en: 'English',
      vi: 'Tiếng Việt',
    },
    nameReminder: {
      title: 'Who is working on this device?',
      body: 'Add your name so the notes and changes you make are signed with it.',
      action: 'Add your name',
    },
    offline: {
      indicator: 'Offline — changes are saved on this device',
    },
    shortcuts: {
      title: 'Keyboard shortcuts',
      intro: 'These work anywhere in Attaché, except single-key shortcuts while you are typing in a field.',
      newCase: 'Create a new case',
      focusSearch: 'Search the case list',
      showShortcuts: 'Show this list of shortcuts',
      closeDialog: 'Close a dialog or menu',
      keyAlt: 'Alt',
      keyEscape: 'Esc',
      keyCtrl: 'Ctrl',
      keyShift: 'Shift',
      lock: 'Lock Attaché now',
    },
    /** Shown in a date field's empty segments, in the order the language writes dates. */
    datePlaceholder: { day: 'dd', month: 'mm', year: 'yyyy' },
    actions: {
      save: 'Save',
      cancel: 'Cancel',
      confirm: 'Confirm',
      close: 'Close',
      edit: 'Edit',
      add: 'Add',
      remove: 'Remove',
      back: 'Back',
      retry: 'Try again',
      reload: 'Reload',
    },
    export: {
      saved_one: 'Saved {{count}} row to {{file}}.',
      saved_other: 'Saved {{count}} rows to {{file}}.',
      savedFile: 'Saved {{file}}.',
      cancelled: 'Export cancelled: nothing was saved.',
      failed: 'The file could not be saved: {{reason}}',
    },
    drafts: {
      restored: 'Unsaved draft from {{time}} restored',
      restoredHelp: 'This form shows what you typed last time and did not save. Save to keep it, or discard the draft to go back to what is saved.',
      discard: 'Discard draft',
      leaveTitle: 'Discard your changes?',
      leaveBody: 'What you typed in this form has not been saved. Discarded changes cannot be brought back.',
      leaveConfirm: 'Discard changes',
      keepEditing: 'Keep editing',
    },
    components: {
      selectPlaceholder: 'Select…',
      showSuggestions: 'Show suggestions',
      required: 'Required',
      showMore: 'Show all',
      showLess: 'Show less',
    },
    notFound: {
      title: 'Page not found',
      body: 'There is nothing at this address. It may have been a mistyped or outdated link.',
      backToCases: 'Go to the case list',
    },
    crash: {
      title: 'Something went wrong',
      body: 'Attaché hit an unexpected error. Your saved work is safe on this device. Reload to continue.',
    },
    loading: 'Loading…',
  },
};

/** A locale bundle with the same shape as `T`, every leaf a string. */
export type LocaleShape<T> = { [K in keyof T]: T[K] extends string ? string : LocaleShape<T[K]> };
