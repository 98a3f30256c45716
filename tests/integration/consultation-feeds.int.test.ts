import { db } from "@/lib/db/client";
import { consultationsCalendar, consultationsRss } from "@/lib/consultations/feed-handlers";
import { createConsultation, publishConsultation } from "@/lib/consultations/mutations";
import { consultationFields } from "@/tests/factories/consultations";
import { createInstitution } from "@/tests/factories/institutions";
import { createInstanceSettings } from "@/tests/factories/settings";

const DAY = 24 * 3600 * 1000;

describe("consultation feeds", () => {
  it("list announced consultations (never drafts) as RSS and their periods and meetings as iCalendar", async () => {
    await createInstanceSettings();
    const institution = await createInstitution({ name: "Gmina Kanałowa", territoryCode: "1609032" });
    const user = await db().user.create({
      data: { email: "kanal@example.org", name: "Urzędnik", emailVerifiedAt: new Date() },
    });
    const start = new Date(Date.now() + DAY);
    const fields = (title: string) =>
      consultationFields({
        title,
        kind: "DOCUMENT",
        summary: "Opis **ważnych** zmian & planów.",
        startsAt: start,
        endsAt: new Date(start.getTime() + 10 * DAY),
        meetingAt: new Date(start.getTime() + 3 * DAY),
        meetingPlace: "Sala narad, Rynek 1",
        sourceText: "Tekst dokumentu.",
      });
    const published = await createConsultation(institution.id, fields("Ogłoszone konsultacje <planu>"), {
      userId: user.id,
      ip: null,
    });
    await publishConsultation(published.id, { userId: user.id, ip: null });
    await createConsultation(institution.id, fields("Szkic, którego nie widać"), { userId: user.id, ip: null });

    const rss = await consultationsRss(new Request("http://localhost/api/consultations/rss"));
    expect(rss.headers.get("content-type")).toBe("application/rss+xml; charset=utf-8");
    const feed = await rss.text();
    expect(feed).toContain("<title>Ogłoszone konsultacje &lt;planu&gt;</title>");
    expect(feed).toContain(`/konsultacje/${published.slug}</link>`);
    expect(feed).toContain("<description>Opis ważnych zmian &amp; planów.</description>");
    expect(feed).not.toContain("Szkic");
    const english = await (
      await consultationsRss(new Request("http://localhost/api/consultations/rss?locale=en"))
    ).text();
    expect(english).toContain(`/en/consultations/${published.slug}</link>`);

    const ics = await (await consultationsCalendar(new Request("http://localhost/api/consultations/calendar"))).text();
    const unfolded = ics.replace(/\r\n /g, "");
    expect(unfolded).toContain("SUMMARY:Konsultacje: Ogłoszone konsultacje <planu>");
    expect(unfolded).toContain("SUMMARY:Spotkanie konsultacyjne: Ogłoszone konsultacje <planu>");
    expect(unfolded).toContain("LOCATION:Sala narad\\, Rynek 1");
    expect(unfolded).not.toContain("Szkic");
  });
});
