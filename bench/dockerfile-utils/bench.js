// Times dockerfile-utils' validate() (parse + lint, as the VS Code Dockerfile language server runs it)
// over the same corpus NotNative's harness writes. Prints files per second, best of N passes.
const fs = require("fs");
const path = require("path");
const { validate } = require("dockerfile-utils");

const folder = process.argv[2];
const files = fs.readdirSync(folder).sort().map((name) => fs.readFileSync(path.join(folder, name), "utf8"));
for (let i = 0; i < 5; i++) files.forEach((text) => validate(text));

let best = Infinity;
let diagnostics = 0;
for (let round = 0; round < 10; round++) {
  const start = process.hrtime.bigint();
  diagnostics = 0;
  for (const text of files) diagnostics += validate(text).length;
  best = Math.min(best, Number(process.hrtime.bigint() - start) / 1e9);
}
console.log(`dockerfile-utils: ${Math.round(files.length / best)} files/s (best of 10, ${diagnostics} diagnostics per pass)`);
