// Copying to the clipboard: the asynchronous Clipboard API where the page may use it, else the
// older select + execCommand('copy') (still the only way in some embedded or insecure pages).

type Field = HTMLInputElement | HTMLTextAreaElement;

/** True when the text is on the clipboard. `field` (showing the same text) is selected on fallback. */
export async function copyText(text: string, field?: Field | null): Promise<boolean> {
  try {
    if (navigator.clipboard && window.isSecureContext) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // Refused (permissions, focus): try the older way.
  }
  const target = field ?? offscreenField(text);
  target.focus();
  target.select();
  try {
    return document.execCommand('copy');
  } catch {
    return false;
  } finally {
    if (!field) target.remove();
  }
}

function offscreenField(text: string): HTMLTextAreaElement {
  const area = document.createElement('textarea');
  area.value = text;
  area.readOnly = true;
  area.setAttribute('aria-hidden', 'true');
  area.style.position = 'fixed';
  area.style.left = '-10000px';
  document.body.append(area);
  return area;
}
