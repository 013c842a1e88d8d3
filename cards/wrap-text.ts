/** Ticket text is pasted into tools that do not wrap: no line wider than this. */
export const TICKET_TEXT_WIDTH = 72;

/**
 * Greedy word wrap: `first` starts the first line, `rest` every line after it. A single word
 * longer than the width (a URL) stays whole on its own line rather than being cut.
 */
export function wrapLine(text: string, width: number, first = '', rest = first): string[] {
  const lines: string[] = [];
  let line = first;
  let lineHasWord = false;
  for (const word of text.split(/\s+/).filter((part) => part.length > 0)) {
    const candidate = lineHasWord ? `${line} ${word}` : `${line}${word}`;
    if (lineHasWord && candidate.length > width) {
      lines.push(line);
      line = `${rest}${word}`;
    } else {
      line = candidate;
    }
    lineHasWord = true;
  }
  lines.push(line);
  return lines;
}
