/**
 * Copies text to the clipboard. The asynchronous Clipboard API first; where it is refused (the
 * desktop shell denies every web permission, the clipboard's included) the older copy command on
 * a selection, which needs no permission inside a user's click. Resolves whether either worked.
 */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return copyBySelection(text);
  }
}

function copyBySelection(text: string): boolean {
  const field = document.createElement('textarea');
  field.value = text;
  field.setAttribute('readonly', '');
  field.className = 'visually-hidden';
  // Beside the pressed button: a modal dialog keeps focus (and so the selection) inside itself.
  (document.activeElement?.parentElement ?? document.body).append(field);
  field.select();
  try {
    // Deprecated, but the one way left when the Clipboard API is denied.
    return document.execCommand('copy');
  } catch {
    return false;
  } finally {
    field.remove();
  }
}
