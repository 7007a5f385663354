/** The [start, end) offsets of each static text run of the `html` templates in `code`. */
export function htmlTemplateTexts(code: string): [number, number][];
/** Template text with each run of white space that holds a line break made one space. */
export function collapseTemplateText(text: string): string;
