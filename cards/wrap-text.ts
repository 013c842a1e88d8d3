/**
 * Ticket text is pasted into tools that do not wrap: no line wider than this. It is also shown in
 * the chat as a code block, which grows with its widest line: 56 characters fit the Agents
 * Playground's chat pane beside its log panel (1280 px window) with room to spare, where 72 made
 * the chat scroll sideways (test/e2e/journeys/support-triage.test.ts measures it).
 */
export const TICKET_TEXT_WIDTH = 56;

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
