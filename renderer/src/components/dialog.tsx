/**
 * A modal dialog on the native <dialog>: focus is trapped and Escape closes it, as users expect,
 * without a library. `onClose` runs for Escape, the Cancel button and a backdrop click.
 */
import { useEffect, useId, useRef, type ReactElement, type ReactNode } from 'react';

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
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
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
