/** One choice in a Select, ComboBox or RadioGroup: a stable id (stored value) and its translated label. */
export interface Option {
  id: string;
  label: string;
  /** Shown under the label in lists, e.g. an HS code's description. */
  detail?: string;
  /** BCP 47 language of the label when it differs from the UI's ("Tiếng Việt" in an English UI). */
  lang?: string;
}
