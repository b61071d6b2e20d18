// Writes expected.json for every golden case (or the ones named) from the current code, so a
// reviewer reads the change as a diff: node --import tsx test/clean/regenerate-golden.ts [case...]
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { CASES, listCases, runCase } from "./golden.js";

const wanted = process.argv.slice(2);
for (const name of wanted.length ? wanted : listCases()) {
  writeFileSync(join(CASES, name, "expected.json"), `${JSON.stringify(runCase(name), null, 2)}\n`);
  console.log(`wrote ${name}/expected.json`);
}
