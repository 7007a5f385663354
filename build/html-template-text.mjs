// The static text of Lit `html` templates in a source file, for the build to collapse: the
// minifier leaves template literals alone, so every indent of every template would ship.

/**
 * Where an expression that starts at `from` (just after `${`) ends: the index of its closing
 * `}`. Strings and nested template literals are skipped whole, so a brace inside them counts
 * for nothing.
 */
function expressionEnd(code, from) {
  let depth = 0;
  for (let i = from; i < code.length; i += 1) {
    const char = code[i];
    if (char === '"' || char === "'") {
      for (i += 1; i < code.length && code[i] !== char; i += 1) if (code[i] === '\\') i += 1;
    } else if (char === '`') {
      i = templateEnd(code, i + 1, () => undefined);
    } else if (char === '/' && code[i + 1] === '/') {
      i = code.indexOf('\n', i);
      if (i === -1) break;
    } else if (char === '/' && code[i + 1] === '*') {
      i = code.indexOf('*/', i + 2) + 1;
      if (i === 0) break;
    } else if (char === '{') depth += 1;
    else if (char === '}') {
      if (depth === 0) return i;
      depth -= 1;
    }
  }
  throw new Error('unterminated template expression');
}

/**
 * Scans a template literal whose text starts at `from` (just after its backtick), reports each
 * static text run as `onText(start, end)`, and returns the index of the closing backtick.
 */
function templateEnd(code, from, onText) {
  let start = from;
  for (let i = from; i < code.length; i += 1) {
    const char = code[i];
    if (char === '\\') i += 1;
    else if (char === '`') {
      onText(start, i);
      return i;
    } else if (char === '$' && code[i + 1] === '{') {
      onText(start, i);
      i = expressionEnd(code, i + 2);
      start = i + 1;
    }
  }
  throw new Error('unterminated template literal');
}

/**
 * The static text runs of every `html` tagged template in `code`, as [start, end) offsets;
 * nested templates inside expressions are found as templates of their own.
 */
export function htmlTemplateTexts(code) {
  const runs = [];
  for (const match of code.matchAll(/\bhtml`/g)) {
    templateEnd(code, match.index + match[0].length, (start, end) => {
      if (end > start) runs.push([start, end]);
    });
  }
  return runs;
}

/**
 * Template text with each run of white space that holds a line break made one space: what the
 * browser renders in normal and nowrap white space (the widget styles nothing as pre).
 */
export function collapseTemplateText(text) {
  return text.replace(/[ \t]*\n\s*/g, ' ');
}
