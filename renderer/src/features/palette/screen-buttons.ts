/**
 * Commands that act on the screen press that screen's own button (its Refresh, its Export CSV, its
 * New contract), found by accessible name in the main content. A command therefore does exactly what
 * the button does (same checks, same offline rules), and a new area's buttons work without wiring.
 */
const WAIT_MS = 3_000;
const STEP_MS = 50;

function findButton(name: RegExp): HTMLButtonElement | null {
  const content = document.getElementById('content');
  const buttons = content ? [...content.querySelectorAll('button')] : [];
  return (
    buttons.find((button) => name.test((button.getAttribute('aria-label') ?? button.textContent ?? '').trim())) ?? null
  );
}

/** Whether the current screen has an enabled button of that name. */
export function screenHasButton(name: RegExp): boolean {
  const button = findButton(name);
  return button !== null && !button.disabled;
}

/**
 * Presses the button once it is on screen (a screen that just opened may still be loading), giving
 * up after a few seconds; answers whether it was pressed.
 */
export async function pressScreenButton(name: RegExp): Promise<boolean> {
  for (let waited = 0; waited <= WAIT_MS; waited += STEP_MS) {
    const button = findButton(name);
    if (button && !button.disabled) {
      button.click();
      return true;
    }
    await new Promise((resolve) => setTimeout(resolve, STEP_MS));
  }
  return false;
}
