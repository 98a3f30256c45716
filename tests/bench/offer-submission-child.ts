// Starts tests/bench/offer-submission.ts in a process of its own, with
// "server-only" resolved to an empty module (server-only-shim.mjs): the
// submission code is the server's, which only Next.js may import as is.
import { spawn } from "node:child_process";

/** One run: "burst" (100 callers at once) or "spread" (the last minute); see offer-submission.ts. */
export type OfferSubmissionRun = {
  kind: "burst" | "spread";
  drafts: number;
  clients: number;
  seconds: number;
  p50_ms: number;
  p95_ms: number;
  max_ms: number;
  submits_per_s: number;
  errors: number;
  first_error: string | null;
  versions: number;
  submitted: number;
  lost: number;
};

export type OfferSubmissionResult = { name: "offer-submission"; burst: OfferSubmissionRun; spread: OfferSubmissionRun };

export function benchOfferSubmissionInChild(port: number): Promise<OfferSubmissionResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      "npx",
      ["tsx", "--import", "./tests/bench/server-only-shim.mjs", "tests/bench/offer-submission.ts", String(port)],
      {
        stdio: ["ignore", "pipe", "inherit"],
      },
    );
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.on("error", reject);
    child.on("exit", (code) => {
      const line = output.trim().split("\n").pop() ?? "";
      if (code !== 0 || !line.startsWith("{")) reject(new Error(`offer-submission bench exited with ${code}`));
      else resolve(JSON.parse(line) as OfferSubmissionResult);
    });
  });
}
