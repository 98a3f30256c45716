-- Partner suggestions read, for every organisation seated in a request's place
-- (up to 19,000 in a voivodeship of the national register), its seat, spheres
-- and, when it is open to partnerships, what it offers: the preselection
-- weighs them all to keep the best 200 (lib/partnerships/suggestions/candidates.ts).
-- Read from the tables, each organisation cost a page of the wide Organisation
-- heap (its search vector and texts) and another of the profiles': on the
-- bench database (a busy 2-core machine), 0.9–1.2 s for a request in Mazowsze
-- (18,600 organisations) and 150–200 ms in the Opole region (4,900). These two
-- covering indexes hold exactly those columns, so the preselection reads them
-- by index only: 220–300 ms and 90–135 ms on the same machine.
-- Prisma cannot declare INCLUDE or a partial index: listed in HAND_WRITTEN
-- (tests/integration/migrations.int.test.ts).
--
-- The codes come from controlled lists (lib/partnerships/capabilities.ts: 28
-- competences, 19 resources, repeats dropped), so a profile's two arrays stay
-- near 1 kB, well under a B-tree entry's limit of about 2.7 kB.

CREATE INDEX "Organisation_seat_match_idx" ON "Organisation" ("seatTerritoryCode") INCLUDE (id, "sphereIds");

CREATE INDEX "PartnershipProfile_open_offers_idx" ON "PartnershipProfile" ("organisationId")
  INCLUDE ("offeredCompetences", "offeredResources") WHERE "openToPartnerships";
