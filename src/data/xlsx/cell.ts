/** A cell as read from a sheet. */
export type Cell = string | number | boolean | Date | null;
