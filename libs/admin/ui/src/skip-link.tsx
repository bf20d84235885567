import { Anchor } from '@mantine/core';
import type { CSSProperties, ReactNode } from 'react';
import { useState } from 'react';

export interface SkipLinkProps {
  /** The id of what to jump to; it takes the focus, so give it tabIndex={-1}. */
  target: string;
  children: ReactNode;
}

const HIDDEN: CSSProperties = { position: 'absolute', left: -10_000, width: 1, height: 1, overflow: 'hidden' };
const SHOWN: CSSProperties = { position: 'absolute', left: 8, top: 8, zIndex: 1000, padding: '8px 12px', background: 'white', borderRadius: 4, boxShadow: '0 0 0 2px currentColor' };

/**
 * The first stop of the Tab key: straight to the page's content, past the header and the
 * navigation a keyboard would otherwise cross on every page. Seen only while it has the focus.
 */
export function SkipLink({ target, children }: SkipLinkProps) {
  const [focused, setFocused] = useState(false);
  return (
    <Anchor
      href={`#${target}`}
      style={focused ? SHOWN : HIDDEN}
      onFocus={() => setFocused(true)}
      onBlur={() => setFocused(false)}
      onClick={(event) => {
        event.preventDefault();
        document.getElementById(target)?.focus();
      }}
      data-testid="skip-link"
    >
      {children}
    </Anchor>
  );
}
