// Parses a calendar with ical.js into events with resolved start instants, as ParseBenchmark does, and prints the
// median of the measured runs. Usage: node parse.mjs <file.ics> [warm-ups] [runs] [instants|parse]
// "parse" stops after ical.js's parser and component tree (no start instants): ical.js resolves each start through
// its VTIMEZONE expansion, which is far slower than parsing.
import { readFileSync } from 'node:fs';
import ICAL from 'ical.js';

const [file, warmups = '2', runs = '3', mode = 'instants'] = process.argv.slice(2);

function parse(path) {
  const text = readFileSync(path, 'utf8');
  const root = new ICAL.Component(ICAL.parse(text));
  for (const tz of root.getAllSubcomponents('vtimezone')) {
    ICAL.TimezoneService.register(tz);
  }
  let sum = 0;
  const events = root.getAllSubcomponents('vevent');
  if (mode === 'parse') {
    return events.length;
  }
  for (const v of events) {
    const start = new ICAL.Event(v).startDate;
    sum += start.isDate ? 0 : start.toUnixTime();
  }
  return events.length + sum;
}

const times = [];
let checksum = 0;
for (let i = 0; i < Number(warmups) + Number(runs); i++) {
  const t0 = process.hrtime.bigint();
  checksum = parse(file);
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (i >= Number(warmups)) {
    times.push(ms);
  }
}
times.sort((a, b) => a - b);
console.log(JSON.stringify({ file, mode, checksum, runs: times, median: times[Math.floor(times.length / 2)] }));
