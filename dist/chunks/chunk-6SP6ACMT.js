import { createRequire as __recountCreateRequire } from 'node:module';
const require = __recountCreateRequire(import.meta.url);

// src/file-results.ts
function failedResult(file, error) {
  return { file, findings: [], claims: emptyCounts(), error };
}
function skippedResult(file, notice) {
  return { file, findings: [], claims: emptyCounts(), notice };
}
function emptyCounts() {
  return { found: 0, verified: 0, contradicted: 0, unverifiable: 0 };
}
function addCounts(total, more) {
  total.found += more.found;
  total.verified += more.verified;
  total.contradicted += more.contradicted;
  total.unverifiable += more.unverifiable;
}
function sumCounts(results) {
  const total = emptyCounts();
  for (const r of results) addCounts(total, r.claims);
  return total;
}

export {
  failedResult,
  skippedResult,
  emptyCounts,
  sumCounts
};
