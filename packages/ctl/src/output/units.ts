// Human-readable numbers of the space tables: sizes in GiB/TiB, inodes in millions, percentages.

const GIB = 1024 ** 3;
const TIB = 1024 ** 4;

/** Bytes with one decimal: `227.9GiB`, or `1.5TiB` from 1 TiB on. */
export function formatSpace(bytes: number): string {
  return bytes >= TIB ? `${(bytes / TIB).toFixed(1)}TiB` : `${(bytes / GIB).toFixed(1)}GiB`;
}

/** Inodes in millions with one decimal: `1.2M`. */
export function formatInodes(n: number): string {
  return `${(n / 1e6).toFixed(1)}M`;
}

/** `part` of `total` as a whole percentage (`88%`); `0%` when total is 0. */
export function formatPercent(part: number, total: number): string {
  return `${total > 0 ? Math.round((100 * part) / total) : 0}%`;
}

/** Bytes in MiB with one decimal: `12.5MiB`. */
export function formatMiB(bytes: number): string {
  return `${(bytes / 1024 ** 2).toFixed(1)}MiB`;
}
