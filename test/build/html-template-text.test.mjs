import assert from 'node:assert/strict';
import { test } from 'node:test';
import { collapseTemplateText, htmlTemplateTexts } from '../../build/html-template-text.mjs';

const texts = (code) => htmlTemplateTexts(code).map(([start, end]) => code.slice(start, end));

test('finds the static text of html templates, around expressions and nested templates', () => {
  const code = 'const a = html`<p>\n  ${ok ? html`<b>${"}`"}</b>` : { x: `}` }}\n</p>`; const b = `<i>\n</i>`; css`a {}`;';
  assert.deepEqual(texts(code), ['<p>\n  ', '\n</p>', '<b>', '</b>']);
});

test('skips braces in strings, comments and escaped backticks', () => {
  const code = "html`<a title=\"\\`\">${f('}', \"{\", /* } */ 1) // }\n}</a>`";
  assert.deepEqual(texts(code), ['<a title="\\`">', '</a>']);
});

test('a run of white space with a line break becomes one space; other spaces stay', () => {
  assert.equal(collapseTemplateText('<li>\n      <span>a  b</span>\n\n    </li>  '), '<li> <span>a  b</span> </li>  ');
});

test('an unterminated template is an error, not a silent partial minify', () => {
  assert.throws(() => htmlTemplateTexts('html`<p>${x</p>'), /unterminated/);
});
