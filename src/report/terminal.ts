/**
 * Terminal output helpers: optional ANSI colour and word wrapping that measures what is visible
 * (escape codes take no columns; astral characters count once).
 */

/** Terminal width used when stdout is not a terminal or does not say. */
export const DEFAULT_WIDTH = 100;
/** Narrower than this, wrapping would break every word: lines are left as they are. */
const MIN_WIDTH = 30;

export type Colour = 'bold' | 'dim' | 'cyan' | 'yellow' | 'green' | 'magenta' | 'red' | 'blue';

const CODES: Record<Colour, [number, number]> = {
  bold: [1, 22],
  dim: [2, 22],
  red: [31, 39],
  green: [32, 39],
  yellow: [33, 39],
  blue: [34, 39],
  magenta: [35, 39],
  cyan: [36, 39],
};

export type Paint = (colour: Colour, text: string) => string;

/** A painter that colours when enabled and is the identity otherwise. */
export function painter(enabled: boolean): Paint {
  if (!enabled) return (_c, text) => text;
  return (c, text) => (text ? `\u001b[${CODES[c][0]}m${text}\u001b[${CODES[c][1]}m` : text);
}

/** Colour only on a terminal, and never when NO_COLOR is set (https://no-color.org). */
export function shouldColour(isTTY: boolean | undefined, env: NodeJS.ProcessEnv = process.env): boolean {
  return Boolean(isTTY) && (env.NO_COLOR === undefined || env.NO_COLOR === '');
}

const ANSI = /\u001b\[[0-9;]*m/g;

/** Columns a string takes on screen (code points outside escape sequences). */
export function visibleLength(text: string): number {
  let n = 0;
  for (const _ of text.replace(ANSI, '')) n++;
  return n;
}

/**
 * Wraps one logical line to `width` columns at spaces. Continuation lines get `indent` spaces
 * (a hanging indent under the first line's text). A word longer than the line is left whole.
 */
export function wrapLine(line: string, width: number, indent = 0): string[] {
  if (width < MIN_WIDTH || visibleLength(line) <= width) return [line];
  // Words alternate with the runs of spaces between them; a run is kept inside a line (aligned
  // columns stay aligned) and dropped where the line breaks.
  const parts = line.split(/( +)/);
  const pad = ' '.repeat(indent);
  const lines: string[] = [];
  let current = parts[0];
  let currentLength = visibleLength(current);
  for (let i = 1; i + 1 < parts.length; i += 2) {
    const gap = parts[i];
    const word = parts[i + 1];
    const length = visibleLength(word);
    if (current.trim() && currentLength + gap.length + length > width) {
      lines.push(current);
      current = pad + word;
      currentLength = indent + length;
    } else {
      current += gap + word;
      currentLength += gap.length + length;
    }
  }
  lines.push(current);
  return lines;
}
