/** The app's "Discard unsaved changes?" question, asked by lib/use-unsaved-changes (mounted once, in App). */
import type { ReactElement } from 'react';
import { useUnsavedStore } from '../lib/use-unsaved-changes';
import { Button } from './button';
import { Dialog } from './dialog';

export function DiscardPrompt(): ReactElement | null {
  const question = useUnsavedStore((state) => state.question);
  if (!question) return null;
  return (
    <Dialog
      title="Discard unsaved changes?"
      description="What you changed on this form has not been saved. It is lost if you go on."
      onClose={() => question.answer(false)}
      footer={
        <>
          <Button onClick={() => question.answer(false)}>Keep editing</Button>
          <Button variant="danger" onClick={() => question.answer(true)}>
            Discard changes
          </Button>
        </>
      }
    />
  );
}
