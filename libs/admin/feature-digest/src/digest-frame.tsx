import { Box } from '@mantine/core';

export interface DigestFrameProps {
  html: string;
  title: string;
}

/**
 * The digest's HTML as a mailbox would show it, in a frame with every sandbox flag off: no
 * script runs, no form posts, no link opens a window, and the frame's origin is opaque, so the
 * mail cannot reach the app around it. A srcdoc frame inherits the page's CSP, which allows its
 * inline styles and nothing it would fetch from elsewhere.
 */
export function DigestFrame({ html, title }: DigestFrameProps) {
  return (
    <Box
      component="iframe"
      sandbox=""
      srcDoc={html}
      title={title}
      referrerPolicy="no-referrer"
      // The mail is laid out for 600 px and narrows itself on a phone; the frame scrolls within.
      style={{ width: '100%', height: 'max(480px, 70vh)', border: '1px solid var(--mantine-color-gray-3)', borderRadius: 'var(--mantine-radius-sm)', background: '#f1f3f5' }}
      data-testid="digest-html"
    />
  );
}
