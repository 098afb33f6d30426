// Timestamped progress lines and the rounding (0.1 ms) that logs and results use.
export const log = (...parts) =>
  console.log(`[bench ${new Date().toISOString().slice(11, 19)}]`, ...parts);

export const round = (x) => Math.round(x * 10) / 10;
