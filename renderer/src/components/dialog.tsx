/**
 * A modal dialog on the native <dialog> and showModal: focus is trapped and Escape closes it, as
 * users expect, without a library. `onClose` runs for Escape, the Cancel button and a backdrop click
 * (a form with edits passes `confirmLeave(...)` from useUnsavedChanges so those ask first).
 * On open, focus goes to the first field (else the first button); on close, back to the control that
 * was focused when it opened. Unmounting removes the <dialog> before the browser could restore focus
 * itself, so without this it falls to the page.
 */
import { useEffect, useId, useRef, type ReactElement, type ReactNode } from 'react';
import { focusFirstField, returnFocus } from './focus';

interface DialogProps {
  readonly title: string;
  readonly description?: ReactNode;
  readonly children?: ReactNode;
  readonly footer: ReactNode;
  readonly onClose: () => void;
}

export function Dialog({ title, description, children, footer, onClose }: DialogProps): ReactElement {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current;
    const opener = document.activeElement;
    if (dialog && !dialog.open) dialog.showModal();
    if (dialog) focusFirstField(dialog);
    return () => {
      dialog?.close();
      returnFocus(opener);
    };
  }, []);
  return (
    <dialog
      ref={ref}
      className="dialog"
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
      onClick={(event) => {
        if (event.target === ref.current) onClose();
      }}
    >
      <div className="dialog-header">
        <h2 id={titleId}>{title}</h2>
        {description && (
          <div className="muted" style={{ marginTop: 6 }}>
            {description}
          </div>
        )}
      </div>
      {children && <div className="dialog-body">{children}</div>}
      <div className="dialog-footer">{footer}</div>
    </dialog>
  );
}
