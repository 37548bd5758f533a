// --json output: the API's plain data, pretty-printed, one document per command.

/** The JSON document of a result, with a trailing newline. */
export function renderJson(data: unknown): string {
  return `${JSON.stringify(data, null, 2)}\n`;
}
