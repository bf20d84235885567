/** How far one arrow key moves the dot, in screen pixels. */
const KEY_STEP_PX = 8;
const KEY_MOVES: Record<string, [number, number]> = {
  ArrowLeft: [-KEY_STEP_PX, 0],
  ArrowRight: [KEY_STEP_PX, 0],
  ArrowUp: [0, -KEY_STEP_PX],
  ArrowDown: [0, KEY_STEP_PX],
};

/**
 * The place's dot: clicks go through it to the map (which moves it), and it takes the keyboard
 * focus so the arrow keys move it without panning the map. Tab leaves it as any control.
 */
export function markerElement(label: string, onMove: (move: [number, number]) => void): HTMLElement {
  const element = document.createElement('div');
  element.setAttribute('data-testid', 'location-marker');
  element.setAttribute('role', 'button');
  element.setAttribute('aria-label', label);
  element.tabIndex = 0;
  Object.assign(element.style, {
    width: '18px',
    height: '18px',
    borderRadius: '50%',
    background: '#e03131',
    border: '3px solid #ffffff',
    boxShadow: '0 0 0 2px rgba(224, 49, 49, 0.35), 0 1px 4px rgba(0, 0, 0, 0.4)',
    pointerEvents: 'none',
    boxSizing: 'border-box',
  });
  element.addEventListener('keydown', (event) => {
    const move = KEY_MOVES[event.key];
    if (!move) return;
    event.preventDefault();
    event.stopPropagation();
    onMove(move);
  });
  return element;
}
