-- The typo fallback's vocabulary takes words only from what a visitor may read
-- (security review): a word of a draft consultation, of news waiting for a
-- moderator or rejected, of a held or rejected idea or partner request, of a
-- library document under review or of a thread in a closed category could be
-- offered as "did you mean …" when its stem began a visible word, telling the
-- reader it exists. Each trigger now names its rows' visibility as its first
-- argument; a row's words join once it is visible (its update to that state
-- fires the trigger). Words of rows hidden later stay: they were public.

CREATE OR REPLACE FUNCTION search_words_collect() RETURNS trigger
  LANGUAGE plpgsql AS $$
DECLARE
  visible text := TG_ARGV[0];
  col text;
BEGIN
  FOREACH col IN ARRAY TG_ARGV[1:] LOOP
    EXECUTE format('SELECT public.search_words_add(array_agg(%I)) FROM changed_rows WHERE %I IS NOT NULL AND (%s)',
                   col, col, visible);
  END LOOP;
  RETURN NULL;
END
$$;

DROP TRIGGER "Organisation_search_words_insert" ON "Organisation";
DROP TRIGGER "Organisation_search_words_update" ON "Organisation";
DROP TRIGGER "Territory_search_words_insert" ON "Territory";
DROP TRIGGER "Territory_search_words_update" ON "Territory";
DROP TRIGGER "PublicBenefitSphere_search_words_insert" ON "PublicBenefitSphere";
DROP TRIGGER "PublicBenefitSphere_search_words_update" ON "PublicBenefitSphere";
DROP TRIGGER "ForumThread_search_words_insert" ON "ForumThread";
DROP TRIGGER "ForumThread_search_words_update" ON "ForumThread";
DROP TRIGGER "NewsArticle_search_words_insert" ON "NewsArticle";
DROP TRIGGER "NewsArticle_search_words_update" ON "NewsArticle";
DROP TRIGGER "LibraryDocument_search_words_insert" ON "LibraryDocument";
DROP TRIGGER "LibraryDocument_search_words_update" ON "LibraryDocument";
DROP TRIGGER "Consultation_search_words_insert" ON "Consultation";
DROP TRIGGER "Consultation_search_words_update" ON "Consultation";
DROP TRIGGER "Idea_search_words_insert" ON "Idea";
DROP TRIGGER "Idea_search_words_update" ON "Idea";
DROP TRIGGER "PartnerRequest_search_words_insert" ON "PartnerRequest";
DROP TRIGGER "PartnerRequest_search_words_update" ON "PartnerRequest";

-- What a visitor may read of each table (as the modules' public lists decide it).
CREATE TRIGGER "Organisation_search_words_insert" AFTER INSERT ON "Organisation"
  REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION search_words_collect('true', 'name', 'shortName');
CREATE TRIGGER "Organisation_search_words_update" AFTER UPDATE ON "Organisation"
  REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION search_words_collect('true', 'name', 'shortName');
CREATE TRIGGER "Territory_search_words_insert" AFTER INSERT ON "Territory"
  REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION search_words_collect('true', 'name');
CREATE TRIGGER "Territory_search_words_update" AFTER UPDATE ON "Territory"
  REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION search_words_collect('true', 'name');
CREATE TRIGGER "PublicBenefitSphere_search_words_insert" AFTER INSERT ON "PublicBenefitSphere"
  REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION search_words_collect('true', 'namePl');
CREATE TRIGGER "PublicBenefitSphere_search_words_update" AFTER UPDATE ON "PublicBenefitSphere"
  REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION search_words_collect('true', 'namePl');
CREATE TRIGGER "ForumThread_search_words_insert" AFTER INSERT ON "ForumThread"
  REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION search_words_collect(
    '"heldAt" IS NULL AND EXISTS (SELECT 1 FROM public."ForumCategory" c WHERE c.id = "categoryId" AND c."openToPublic")', 'title');
CREATE TRIGGER "ForumThread_search_words_update" AFTER UPDATE ON "ForumThread"
  REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION search_words_collect(
    '"heldAt" IS NULL AND EXISTS (SELECT 1 FROM public."ForumCategory" c WHERE c.id = "categoryId" AND c."openToPublic")', 'title');
CREATE TRIGGER "NewsArticle_search_words_insert" AFTER INSERT ON "NewsArticle"
  REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION search_words_collect(
    'status = ''PUBLISHED'' AND "publishedAt" <= now()', 'title', 'lead');
CREATE TRIGGER "NewsArticle_search_words_update" AFTER UPDATE ON "NewsArticle"
  REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION search_words_collect(
    'status = ''PUBLISHED'' AND "publishedAt" <= now()', 'title', 'lead');
CREATE TRIGGER "LibraryDocument_search_words_insert" AFTER INSERT ON "LibraryDocument"
  REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION search_words_collect('review = ''ACCEPTED''', 'title');
CREATE TRIGGER "LibraryDocument_search_words_update" AFTER UPDATE ON "LibraryDocument"
  REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION search_words_collect('review = ''ACCEPTED''', 'title');
CREATE TRIGGER "Consultation_search_words_insert" AFTER INSERT ON "Consultation"
  REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION search_words_collect('status <> ''DRAFT''', 'title');
CREATE TRIGGER "Consultation_search_words_update" AFTER UPDATE ON "Consultation"
  REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION search_words_collect('status <> ''DRAFT''', 'title');
CREATE TRIGGER "Idea_search_words_insert" AFTER INSERT ON "Idea"
  REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION search_words_collect('visibility = ''PUBLISHED''', 'title');
CREATE TRIGGER "Idea_search_words_update" AFTER UPDATE ON "Idea"
  REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION search_words_collect('visibility = ''PUBLISHED''', 'title');
CREATE TRIGGER "PartnerRequest_search_words_insert" AFTER INSERT ON "PartnerRequest"
  REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION search_words_collect('visibility = ''PUBLISHED''', 'title');
CREATE TRIGGER "PartnerRequest_search_words_update" AFTER UPDATE ON "PartnerRequest"
  REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION search_words_collect('visibility = ''PUBLISHED''', 'title');

-- The vocabulary again, from what is visible now (it holds only words of names and titles, rebuilt in one pass).
DELETE FROM "SearchWord";
SELECT search_words_add(array_agg(name || ' ' || coalesce("shortName", ''))) FROM "Organisation";
SELECT search_words_add(array_agg(name)) FROM "Territory";
SELECT search_words_add(array_agg("namePl")) FROM "PublicBenefitSphere";
SELECT search_words_add(array_agg(t.title)) FROM "ForumThread" t JOIN "ForumCategory" c ON c.id = t."categoryId"
  WHERE t."heldAt" IS NULL AND c."openToPublic";
SELECT search_words_add(array_agg(title || ' ' || lead)) FROM "NewsArticle" WHERE status = 'PUBLISHED' AND "publishedAt" <= now();
SELECT search_words_add(array_agg(title)) FROM "LibraryDocument" WHERE review = 'ACCEPTED';
SELECT search_words_add(array_agg(title)) FROM "Consultation" WHERE status <> 'DRAFT';
SELECT search_words_add(array_agg(title)) FROM "Idea" WHERE visibility = 'PUBLISHED';
SELECT search_words_add(array_agg(title)) FROM "PartnerRequest" WHERE visibility = 'PUBLISHED';
