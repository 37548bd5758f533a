// Editing a `key = value` config file in place: read a key, set a key, keep comments and order.

const keyLine = (key: string): RegExp => new RegExp(`^\\s*${key}\\s*=`);

/** The value of the last active `key = value` line (comments stripped), or undefined. */
export function getConfKey(text: string, key: string): string | undefined {
  const re = keyLine(key);
  let value: string | undefined;
  for (const line of text.split(/\r?\n/)) {
    if (re.test(line)) value = line.slice(line.indexOf('=') + 1).replace(/(^|\s)#.*$/, '').trim();
  }
  return value;
}

/** Sets `key = value`: every active line of the key is replaced, or a line is appended. */
export function setConfKey(text: string, key: string, value: string): string {
  const re = keyLine(key);
  let found = false;
  const lines = text.split('\n').map((line) => {
    if (!re.test(line)) return line;
    found = true;
    return `${key} = ${value}`;
  });
  if (found) return lines.join('\n');
  const body = text === '' || text.endsWith('\n') ? text : `${text}\n`;
  return `${body}${key} = ${value}\n`;
}

/** Splits a comma list value into trimmed, non-empty items. */
export function confList(value: string | undefined): string[] {
  return (value ?? '').split(',').map((s) => s.trim()).filter(Boolean);
}
