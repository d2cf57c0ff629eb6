// The moment the first screen has been painted. Work the first screen does
// not need (the team for "You are", the other screens' code) waits for it,
// so it does not hold the first paint back.
let painted: () => void = () => {};

export const firstPaint = new Promise<void>((resolve) => (painted = resolve));

/** Called by the app shell once the first screen is on the screen. */
export function markFirstPaint(): void {
  painted();
}
