import { useEffect } from 'react';

function holdsDialog(node: Node): boolean {
  return node instanceof Element && (node.matches('[role="dialog"]') || node.querySelector('[role="dialog"]') !== null);
}

/**
 * Gives the focus back to what opened a dialog once the dialog is gone. Mantine does so when a
 * modal closes, but not when the page removes the modal outright (`{open && <Modal …/>}`): the
 * focus then falls to the top of the page, and a keyboard user must find their place again.
 */
export function useDialogFocusReturn(): void {
  useEffect(() => {
    let opener: HTMLElement | null = null;
    const onFocusIn = (event: FocusEvent) => {
      if (event.target instanceof HTMLElement && !event.target.closest('[role="dialog"]')) opener = event.target;
    };
    const observer = new MutationObserver((records) => {
      if (!records.some((record) => Array.from(record.removedNodes).some(holdsDialog))) return;
      const lost = !document.activeElement || document.activeElement === document.body;
      if (lost && opener?.isConnected) opener.focus();
    });
    document.addEventListener('focusin', onFocusIn);
    observer.observe(document.body, { childList: true, subtree: true });
    return () => {
      document.removeEventListener('focusin', onFocusIn);
      observer.disconnect();
    };
  }, []);
}
