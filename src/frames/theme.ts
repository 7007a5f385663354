/**
 * Tokens become `--_*` custom properties on <html> through CSSOM, so a value can never add a
 * rule; only the names card.css reads have any effect, and those of an earlier init go first.
 */
export function applyTheme(theme: Readonly<Record<string, unknown>>): void {
  const style = document.documentElement.style;
  style.cssText = '';
  for (const [token, value] of Object.entries(theme)) {
    if (/^[a-z\d-]{1,40}$/.test(token) && typeof value === 'string' && value.length <= 300) style.setProperty(`--_${token}`, value);
  }
}
