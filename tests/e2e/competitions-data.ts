// An open competition for the public pages' journeys, written straight into
// the e2e server's database: announcing one is the officials' journey
// (tests/e2e/competitions-announce.spec.ts); here only its public side is
// tried. Unique per run (slug and title carry a stamp), so reruns never collide.
import pg from "pg";
import { embeddedDatabaseUrl } from "@/lib/db/embedded-url";

const DAY = 24 * 3600 * 1000;

export type SeededCompetition = { id: string; slug: string; title: string; stamp: string };

/** The e2e server's database (playwright.config.ts starts it on E2E_PG_PORT). */
const e2eDatabaseUrl = () => embeddedDatabaseUrl(Number(process.env.E2E_PG_PORT ?? 54330));

/** `url`: the e2e server's database unless given. */
export async function seedOpenCompetition(url = e2eDatabaseUrl()): Promise<SeededCompetition> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const stamp = `${Date.now().toString(36)}`;
    const slug = `konkurs-e2e-${stamp}`;
    const title = `Aktywni seniorzy ${stamp}`;
    const now = Date.now();
    const office = await client.query(`SELECT id FROM "Institution" WHERE "territoryCode" = '16' LIMIT 1`);
    const sphere = await client.query(
      `SELECT id FROM "PublicBenefitSphere" WHERE code = '10' AND "validTo" IS NULL LIMIT 1`,
    );
    const id = `e2e${stamp}`.padEnd(25, "0").slice(0, 25);
    await client.query("BEGIN");
    await client.query(
      `INSERT INTO "Competition" (id, slug, "institutionId", title, summary, "awardRules", "implementationTerms",
         "allowedYears", "offersOpenAt", "offersDeadline", "selectionProcedure", "contactName", "contactEmail",
         "confirmationChannels", status, "publishedAt", "totalPool", "maxGrantCeiling", "updatedAt")
       VALUES ($1, $2, $3, $4, 'Wspieranie aktywności osób starszych w województwie.', 'Zasady przyznawania dotacji.',
         'Zadania realizuje się w roku 2027.', ARRAY[2027], $5, $6, 'Oferty ocenia komisja konkursowa.',
         'Anna Urzędniczka', 'konkursy@urzad.example', ARRAY['PAPER']::"ConfirmationChannel"[], 'PUBLISHED', $7,
         20000000, 4000000, now())`,
      [id, slug, office.rows[0].id, title, new Date(now - DAY), new Date(now + 25 * DAY), new Date(now - 3 * DAY)],
    );
    await client.query(
      `INSERT INTO "CompetitionTask" (id, "competitionId", position, number, "kindName", "sphereId", "kindKey", form,
         pool, "maxGrant", "updatedAt")
       VALUES ($1, $2, 0, '1', 'Wspieranie aktywności osób starszych', $3, '10', 'SUPPORT', 20000000, 4000000, now())`,
      [`${id.slice(0, 24)}t`, id, sphere.rows[0].id],
    );
    await client.query(`INSERT INTO "CompetitionSphere" ("competitionId", "sphereId") VALUES ($1, $2)`, [
      id,
      sphere.rows[0].id,
    ]);
    for (const channel of ["BIP", "NOTICE_BOARD", "WEBSITE"]) {
      await client.query(
        `INSERT INTO "CompetitionPublication" (id, "competitionId", channel, "publishedOn")
         VALUES ($1, $2, $3::"PublicationChannel", $4::date)`,
        [
          `${id.slice(0, 20)}p${channel.slice(0, 4).toLowerCase()}`,
          id,
          channel,
          new Date(now - 3 * DAY).toISOString().slice(0, 10),
        ],
      );
    }
    await client.query("COMMIT");
    return { id, slug, title, stamp };
  } finally {
    await client.end();
  }
}
