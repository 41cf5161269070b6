import { boundControls } from '../../../forms';
import type { MeetingFormValues } from './meetingForm';

/** The bound controls typed to the meeting form's field names. */
export const { FormText, FormTextArea, FormSelect, FormComboBox, FormDate } = boundControls<MeetingFormValues>();
