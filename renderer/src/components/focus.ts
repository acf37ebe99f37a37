/** Where focus goes when a dialog opens and closes: one rule for every dialog of the app. */

const FIELDS = 'input:not([type="hidden"]), select, textarea';
const OTHERS = '[href], [tabindex]:not([tabindex="-1"])';

function usable(element: HTMLElement): boolean {
  if ((element as HTMLInputElement).disabled || element.hidden || element.closest('[hidden], [inert]')) return false;
  // A radio group is one stop: the checked radio, or the first when none is.
  if (element instanceof HTMLInputElement && element.type === 'radio' && element.name) {
    const group = [...(element.form ?? document).querySelectorAll<HTMLInputElement>(`input[type="radio"]`)].filter(
      (radio) => radio.name === element.name,
    );
    return element.checked || !group.some((radio) => radio.checked);
  }
  return true;
}

/** Focuses the first field of `container` (input, select, textarea), else its first button, else a link. */
export function focusFirstField(container: HTMLElement): void {
  const first = (selector: string) => [...container.querySelectorAll<HTMLElement>(selector)].find(usable);
  const target = first(FIELDS) ?? first('button') ?? first(OTHERS);
  target?.focus();
}

/** Gives focus back to the control that had it, if that control is still in the document. */
export function returnFocus(element: Element | null): void {
  if (element instanceof HTMLElement && element.isConnected && element !== document.body) element.focus();
}
