// WCAG 2.1 contrast, for choosing the shades of the desk's colours that words are written in.

type Rgb = [number, number, number];

function rgb(hex: string): Rgb {
  const value = hex.replace('#', '');
  return [0, 2, 4].map((at) => parseInt(value.slice(at, at + 2), 16)) as Rgb;
}

function toHex(colour: Rgb): string {
  return `#${colour.map((channel) => Math.round(channel).toString(16).padStart(2, '0')).join('')}`;
}

const WEIGHTS: Rgb = [0.2126, 0.7152, 0.0722];

function relativeLuminance(colour: Rgb): number {
  return colour.reduce((sum, channel, index) => {
    const c = channel / 255;
    return sum + WEIGHTS[index as 0 | 1 | 2] * (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  }, 0);
}

export function contrastRatio(a: string, b: string): number {
  const [one, other] = [relativeLuminance(rgb(a)), relativeLuminance(rgb(b))];
  return (Math.max(one, other) + 0.05) / (Math.min(one, other) + 0.05);
}

/** The colour laid with this opacity over a background, as a tinted badge or hovered row shows it. */
export function tint(colour: string, opacity: number, background: string): string {
  const back = rgb(background);
  return toHex(rgb(colour).map((channel, index) => channel * opacity + back[index as 0 | 1 | 2] * (1 - opacity)) as Rgb);
}

/**
 * The colour, darkened in small steps until white words on it and its words on a faint tint of it
 * (a light badge on a grey striped row) both reach the ratio: 4.5:1 is WCAG AA for small text.
 */
export function readableShade(colour: string, ratio: number): string {
  const start = rgb(colour);
  for (let step = 0; step <= 20; step += 1) {
    const shade = toHex(start.map((channel) => channel * (1 - step * 0.05)) as Rgb);
    const onTint = contrastRatio(shade, tint(shade, 0.15, '#f1f3f5'));
    if (contrastRatio(shade, '#ffffff') >= ratio && onTint >= ratio) return shade;
  }
  return '#000000';
}
