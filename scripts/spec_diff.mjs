// Classifies the changes between two OpenAPI documents with api-smart-diff.
// Usage: node scripts/spec_diff.mjs BEFORE.json AFTER.json  → a JSON array of diffs on stdout.
// Called by scripts/spec_diff.py, which adds the project's rules, the version check and the output.
import { readFileSync } from "node:fs";
import { apiCompare } from "api-smart-diff";

const [before, after] = process.argv.slice(2).map((file) => JSON.parse(readFileSync(file, "utf8")));
const { diffs } = apiCompare(before, after);
const plain = diffs.map(({ type, action, path, description, before: was, after: now }) => ({
  type,
  action,
  path,
  description: description ?? "",
  before: was,
  after: now,
}));
process.stdout.write(JSON.stringify(plain));
