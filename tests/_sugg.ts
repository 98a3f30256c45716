import { db } from "@/lib/db/client";
import { requestRowBySlug } from "@/lib/partnerships/suggestions/request-facts";
import { suggestPartners } from "@/lib/partnerships/suggestions/for-request";
async function main() {
  const request = await (requestRowBySlug as any)("bench-partnerstwo");
  for (let i = 0; i < 6; i++) {
    const t = performance.now();
    const r = await suggestPartners(request, { recordShown: false });
    console.log("suggest", Math.round(performance.now() - t), "ms", r.length);
  }
  await db().$disconnect?.();
  process.exit(0);
}
main();
