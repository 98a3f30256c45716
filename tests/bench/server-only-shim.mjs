// For the bench processes that run the server's own code outside Next.js
// (tests/bench/offer-submission.ts): "server-only" throws wherever the
// react-server condition is not set, and setting it breaks next-intl's
// client half, so the marker alone is resolved to an empty module, as the
// Jest configuration does for the tests.
import Module from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";

const empty = path.join(path.dirname(fileURLToPath(import.meta.url)), "..", "helpers", "empty-module.js");
const resolve = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  return request === "server-only" ? empty : resolve.call(this, request, ...rest);
};
