// Rows of an editable list (a plan's goals, an account plan's contacts and
// steps) keep their identity: the store updates each by its id, so a row
// saved for the first time must learn the id the store gave it before the
// next save, or that save would add it again.

/** A row the store numbers: `null` until it is first saved. */
export interface Identified {
  id: string | null;
}

/**
 * After a save of `sent` (the editor's own row objects, as they were sent,
 * in order), gives each row that had no id the one the store gave it
 * (`saved`, the rows in the same order). Because the objects are the
 * editor's, a row moved or removed while the save was on its way still gets
 * its own id, not its neighbour's.
 */
export function adoptIds(sent: Identified[], saved: Identified[]): void {
  sent.forEach((row, i) => {
    const id = saved[i]?.id ?? null;
    if (row.id === null && id !== null) row.id = id;
  });
}
