/** An in-app link: a real href (copyable, middle-click safe) that navigates without a reload. */
import type { AnchorHTMLAttributes, ReactElement } from 'react';
import { useNavigation } from '../app/navigation-store';

export function Link({
  href,
  onClick,
  ...rest
}: AnchorHTMLAttributes<HTMLAnchorElement> & { href: string }): ReactElement {
  const open = useNavigation((state) => state.open);
  return (
    <a
      {...rest}
      href={href}
      onClick={(event) => {
        onClick?.(event);
        if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) return;
        event.preventDefault();
        open(href);
      }}
    />
  );
}
