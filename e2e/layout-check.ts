/**
 * What "nothing is clipped" means, checked in the page (passed to page.evaluate, so it must stay
 * self-contained: no imports, no outer variables):
 * (a) an element that hides overflowing content (overflow hidden/clip) and has more than fits; an
 *     ellipsis on purpose is allowed only when the element (or its cell) has the full text as title;
 * (b) the page, the main content, a dialog or a list scrolling sideways (its columns out of sight
 *     look cut);
 * (c) controls side by side that overlap, that stick out of their container or the window, and
 *     buttons, tabs or navigation links whose label wraps onto a second line;
 * (d) table cells whose text is cut, or wraps onto three lines or more.
 */
export function findLayoutProblems(): string[] {
  const problems: string[] = [];
  const SLACK = 1;
  const describe = (element: Element): string => {
    const id = element.id ? `#${element.id}` : '';
    const classes = [...element.classList]
      .slice(0, 3)
      .map((name) => `.${name}`)
      .join('');
    const label = element.getAttribute('aria-label');
    const text = (element.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 50);
    return `<${element.tagName.toLowerCase()}${id}${classes}>${label ? ` [${label}]` : ''} "${text}"`;
  };
  const shown = (element: Element): boolean => {
    const box = element.getBoundingClientRect();
    if (box.width === 0 || box.height === 0) return false;
    const style = getComputedStyle(element);
    if (style.visibility === 'hidden' || style.display === 'none') return false;
    // Screen-reader-only text is clipped on purpose.
    if (element.closest('.visually-hidden, [aria-hidden="true"]')) return false;
    return true;
  };
  const lineCount = (element: Element): number => {
    const range = document.createRange();
    range.selectNodeContents(element);
    const rects = [...range.getClientRects()].filter((r) => r.width > 0 && r.height > 0).sort((a, b) => a.top - b.top);
    let lines = 0;
    let bottom = -Infinity;
    for (const rect of rects) {
      if (rect.top >= bottom - 2) {
        lines += 1;
        bottom = rect.bottom;
      } else bottom = Math.max(bottom, rect.bottom);
    }
    return lines;
  };
  const titled = (element: Element): boolean => {
    const text = (element.textContent ?? '').trim();
    const title = element.closest('[title]')?.getAttribute('title') ?? '';
    return text.length > 0 && title.includes(text);
  };
  const formFields = new Set(['INPUT', 'TEXTAREA', 'SELECT', 'OPTION']);

  // (b) the document itself.
  const root = document.scrollingElement ?? document.documentElement;
  if (root.scrollWidth > root.clientWidth + SLACK)
    problems.push(`the page scrolls sideways (${root.scrollWidth} px of content in ${root.clientWidth} px)`);

  // With a modal open, the page behind it is inert and audited as its own screen: check the dialog.
  const scope = [...document.querySelectorAll('dialog[open]')].at(-1) ?? document.body;
  for (const element of scope.querySelectorAll('*')) {
    if (!(element instanceof HTMLElement) || formFields.has(element.tagName) || !shown(element)) continue;
    const style = getComputedStyle(element);
    const wider = element.scrollWidth > element.clientWidth + SLACK;
    const taller = element.scrollHeight > element.clientHeight + SLACK;
    // (b) the main content, a dialog or a list scrolling sideways (a column out of sight is cut too).
    if (wider && /auto|scroll/.test(style.overflowX))
      problems.push(
        `scrolls sideways: ${describe(element)} (${element.scrollWidth} px of content in ${element.clientWidth} px)`,
      );
    // (a) and (d): hidden overflow.
    const hidesX = style.overflowX === 'hidden' || style.overflowX === 'clip';
    const hidesY = style.overflowY === 'hidden' || style.overflowY === 'clip';
    if (hidesX && wider && !(style.textOverflow === 'ellipsis' && titled(element)))
      problems.push(
        `cut sideways: ${describe(element)} (${element.scrollWidth} px of content in ${element.clientWidth} px${
          style.textOverflow === 'ellipsis' ? ', an ellipsis without the full text as title' : ''
        })`,
      );
    if (hidesY && taller)
      problems.push(
        `cut at the bottom: ${describe(element)} (${element.scrollHeight} px of content in ${element.clientHeight} px)`,
      );
    // (d) cells wrapping onto three lines or more.
    if ((element.tagName === 'TD' || element.tagName === 'TH') && lineCount(element) >= 3)
      problems.push(`a table cell wraps onto ${lineCount(element)} lines: ${describe(element)}`);
  }

  // (c) controls.
  const controls = [
    ...scope.querySelectorAll(
      'button, a.button, [role="button"], [role="tab"], select, input:not([type="hidden"]), textarea',
    ),
  ].filter((element) => element instanceof HTMLElement && shown(element)) as HTMLElement[];
  const viewportWidth = document.documentElement.clientWidth;
  const byParent = new Map<Element, HTMLElement[]>();
  for (const control of controls) {
    const box = control.getBoundingClientRect();
    // A control in a box that scrolls sideways (a wide table's headers) is reached by scrolling.
    const inScroller = (() => {
      for (let at = control.parentElement; at; at = at.parentElement) {
        if (/auto|scroll/.test(getComputedStyle(at).overflowX) && at.scrollWidth > at.clientWidth + SLACK) return true;
      }
      return false;
    })();
    if (!inScroller && (box.left < -SLACK || box.right > viewportWidth + SLACK))
      problems.push(
        `a control sticks out of the window: ${describe(control)} (${Math.round(box.left)}–${Math.round(box.right)} px)`,
      );
    const parent = control.parentElement;
    if (!parent) continue;
    byParent.set(parent, [...(byParent.get(parent) ?? []), control]);
    const outer = parent.getBoundingClientRect();
    const parentStyle = getComputedStyle(parent);
    // Inside a scroll box (the sidebar on a short window) a control is reached by scrolling, not cut.
    const scrolls = /auto|scroll/.test(parentStyle.overflowX + parentStyle.overflowY);
    if (
      !scrolls &&
      parentStyle.display !== 'contents' &&
      parentStyle.display !== 'inline' &&
      (box.right > outer.right + SLACK || box.bottom > outer.bottom + SLACK)
    )
      problems.push(`a control sticks out of its container: ${describe(control)} in ${describe(parent)}`);
  }
  // Labels of buttons, tabs and navigation links stay on one line.
  for (const label of scope.querySelectorAll('button, a.button, [role="tab"], nav a')) {
    if (shown(label) && lineCount(label) > 1)
      problems.push(`a label wraps onto ${lineCount(label)} lines: ${describe(label)}`);
  }
  for (const [parent, siblings] of byParent) {
    for (let i = 0; i < siblings.length; i += 1) {
      for (let j = i + 1; j < siblings.length; j += 1) {
        const a = siblings[i]!.getBoundingClientRect();
        const b = siblings[j]!.getBoundingClientRect();
        const overlapX = Math.min(a.right, b.right) - Math.max(a.left, b.left);
        const overlapY = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
        if (overlapX > SLACK && overlapY > SLACK)
          problems.push(
            `controls overlap: ${describe(siblings[i]!)} and ${describe(siblings[j]!)} in ${describe(parent)}`,
          );
      }
    }
  }
  return [...new Set(problems)];
}
