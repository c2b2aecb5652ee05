// CLI build: finds the line each product of a JSON feed starts on (the top-level array, or the array
// under "products"), so problems in JSON feeds point at lines like they do in CSV.

export function productLines(text: string): number[] {
  const lines: number[] = [];
  let line = 1;
  let depth = 0;
  let targetDepth = -1;
  let lastKey = '';
  let expectValue = true;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '\n') {
      line++;
      continue;
    }
    if (ch === ' ' || ch === '\t' || ch === '\r') continue;
    if (depth === targetDepth && expectValue && ch !== ']' && ch !== ',') {
      lines.push(line);
      expectValue = false;
    }
    if (ch === '"') {
      const start = i + 1;
      i++;
      while (i < text.length && text[i] !== '"') {
        if (text[i] === '\\') i++;
        else if (text[i] === '\n') line++;
        i++;
      }
      if (depth === 1) lastKey = text.slice(start, i);
    } else if (ch === '[') {
      depth++;
      if (targetDepth < 0 && (depth === 1 || (depth === 2 && lastKey === 'products'))) {
        targetDepth = depth;
        expectValue = true;
      }
    } else if (ch === '{') {
      depth++;
    } else if (ch === ']' || ch === '}') {
      depth--;
    } else if (ch === ',' && depth === targetDepth) {
      expectValue = true;
    }
  }
  return lines;
}

/** The 1-based line of a character offset. */
export function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text[i] === '\n') line++;
  return line;
}
