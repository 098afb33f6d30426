/**
 * Whether a key event comes from somewhere the user types text (a field, or the article while
 * its text is being edited), where single-key shortcuts must not fire.
 */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.closest('input, textarea, select, [contenteditable="true"][aria-readonly="false"]')) {
    return true;
  }
  return target.isContentEditable && target.getAttribute('aria-readonly') !== 'true';
}
