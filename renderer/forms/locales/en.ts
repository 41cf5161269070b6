// Strings of the shared form machinery (top-level key `forms`): messages that say more than a
// schema's key can (the limit of a text, the range of a date, the format the field shows).
export const en = {
  forms: {
    invalidValue: 'This value is not valid.',
    text: {
      tooLong: 'At most {{max}} characters (this has {{length}}).',
      counter: '{{length}} / {{max}}',
      counterLabel: '{{length}} of at most {{max}} characters',
    },
    date: {
      enter: 'Enter a date ({{pattern}}).',
      outOfRange: 'Enter a date from {{min}} to {{max}}.',
      notReal: '{{date}} does not exist in the calendar.',
    },
  },
};

export type LocaleShape<T> = { [K in keyof T]: T[K] extends string ? string : LocaleShape<T[K]> };
