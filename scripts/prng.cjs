// A seeded pseudo-random generator (mulberry32) shared by the benchmark's input generator and the fuzz test, so
// both produce the same inputs on every run and machine. CommonJS so both a .mjs script and a TS test can load it.
"use strict";

/** Returns a function giving numbers in [0, 1) from a 32-bit seed. */
function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

module.exports = { mulberry32 };
