import { startEmbeddedPostgres } from "@/lib/db/embedded";
async function main() {
  const pg = await startEmbeddedPostgres({ dataDir: process.argv[2]!, port: Number(process.argv[3]) });
  process.on("SIGTERM", async () => { await pg.stop(); process.exit(0); });
  setInterval(() => {}, 1e9);
}
main();
