let supported: boolean | null = null;

/** Whether this browser can draw MapLibre's maps; old devices and some locked-down ones cannot. */
export function hasWebGL(): boolean {
  if (supported === null) {
    try {
      const canvas = document.createElement('canvas');
      supported = !!(canvas.getContext('webgl2') ?? canvas.getContext('webgl'));
    } catch {
      supported = false;
    }
  }
  return supported;
}
