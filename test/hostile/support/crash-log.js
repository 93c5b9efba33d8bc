// The server-log lines that mean a backend died by a signal or the postmaster restarted every
// session (crash recovery). Shared by the hostile suite (its throwaway cluster) and
// scripts/run-tests.mjs (the private cluster's log across the whole test run), so both fail on the
// same evidence. A FATAL for one backend is an allowed outcome and is not in this list.
'use strict';
const fs = require('fs');

const CRASH_PATTERNS = [
  /terminated by signal/,
  /server process \(PID \d+\) was terminated/,
  /server process .* was terminated/,
  /all server processes terminated; reinitializing/,
  /database system was interrupted/,
  /terminating any other active server processes/,
  /exited with exit code (?!0\b|1\b)\d+/, // a backend that called exit() with an odd code also means a restart
];

/** The crash lines in `text`. */
function crashLines(text) {
  return text.split('\n').filter((line) => CRASH_PATTERNS.some((re) => re.test(line)));
}

/** The size of the log now, so a later scan can look only at what was written after it. */
function logOffset(path) {
  try { return fs.statSync(path).size; } catch { return 0; }
}

/** Crash lines written to the log at `path` after byte `offset`. */
function crashLinesSince(path, offset = 0) {
  let bytes;
  try { bytes = fs.readFileSync(path); } catch { return []; }
  return crashLines(bytes.subarray(offset).toString('utf8'));
}

module.exports = { CRASH_PATTERNS, crashLines, crashLinesSince, logOffset };
