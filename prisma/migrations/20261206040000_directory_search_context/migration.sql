-- Hand-written: the directory's free text also finds an organisation by whom
-- it works for (its target groups), what it does (the names of its spheres)
-- and where it is (its seat's town), so "dzieci", "dzieciom" and "dzieci Nysa"
-- find organisations that do not say so in their names (issue 18).
--
-- Those words live in other tables (Territory, PublicBenefitSphere), which a
-- generated column cannot read, so they are gathered by triggers into
-- "searchContext", a plain text column; "searchVector" stays a generated
-- column (and its GIN index the only index the search uses), now with the
-- context at the lowest weight, below names, descriptions and aims.

-- The words a target group goes by: the directory's label and its common forms.
CREATE FUNCTION pl_target_group_words(target_groups "TargetGroup"[]) RETURNS text
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  BEGIN ATOMIC
    SELECT coalesce(string_agg(
      CASE g
        WHEN 'CHILDREN' THEN 'dzieci dziecko'
        WHEN 'YOUTH' THEN 'młodzież młodzi'
        WHEN 'SENIORS' THEN 'seniorzy senior osoby starsze'
        WHEN 'PEOPLE_WITH_DISABILITIES' THEN 'osoby z niepełnosprawnościami niepełnosprawni niepełnosprawność'
        WHEN 'FAMILIES' THEN 'rodziny rodzina'
        WHEN 'WOMEN' THEN 'kobiety kobieta'
        WHEN 'UNEMPLOYED' THEN 'osoby bezrobotne bezrobotni bezrobocie'
        WHEN 'MIGRANTS' THEN 'migranci uchodźcy cudzoziemcy'
        WHEN 'HOMELESS' THEN 'osoby w kryzysie bezdomności bezdomni'
        WHEN 'ADDICTED' THEN 'osoby uzależnione uzależnienia'
        WHEN 'MINORITIES' THEN 'mniejszości narodowe i etniczne'
        WHEN 'RURAL_RESIDENTS' THEN 'mieszkańcy wsi'
        WHEN 'NGOS' THEN 'organizacje pozarządowe'
        WHEN 'GENERAL_PUBLIC' THEN 'ogół mieszkańców'
      END, ' '), '')
    FROM unnest(target_groups) AS g;
  END;

-- The seat's town, the spheres' Polish names and the target groups' words.
CREATE FUNCTION organisation_search_context(seat text, sphere_ids text[], target_groups "TargetGroup"[]) RETURNS text
  LANGUAGE sql STABLE PARALLEL SAFE
  BEGIN ATOMIC
    SELECT concat_ws(' ',
      (SELECT t.name FROM "Territory" t WHERE t.code = seat),
      (SELECT string_agg(s."namePl", ' ') FROM "PublicBenefitSphere" s WHERE s.id = ANY(sphere_ids)),
      pl_target_group_words(coalesce(target_groups, ARRAY[]::"TargetGroup"[])));
  END;

ALTER TABLE "Organisation" ADD COLUMN "searchContext" text NOT NULL DEFAULT '';

-- BEFORE triggers run before generated columns are computed, so the vector
-- sees the new context. The spheres arrive through "sphereIds", which the
-- OrganisationSphere triggers update.
CREATE FUNCTION organisation_search_context_sync() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  NEW."searchContext" := organisation_search_context(NEW."seatTerritoryCode", NEW."sphereIds", NEW."targetGroups");
  RETURN NEW;
END
$$;

CREATE TRIGGER "Organisation_search_context" BEFORE INSERT OR UPDATE OF "seatTerritoryCode", "sphereIds", "targetGroups" ON "Organisation"
  FOR EACH ROW EXECUTE FUNCTION organisation_search_context_sync();

-- A renamed town or sphere (reference data is reseeded at every start, so
-- only real changes count) reaches the organisations that carry its name.
CREATE FUNCTION organisation_search_context_refresh() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  IF TG_TABLE_NAME = 'Territory' THEN
    UPDATE "Organisation" SET "seatTerritoryCode" = "seatTerritoryCode" WHERE "seatTerritoryCode" = NEW.code;
  ELSE
    UPDATE "Organisation" SET "sphereIds" = "sphereIds" WHERE "sphereIds" @> ARRAY[NEW.id];
  END IF;
  RETURN NULL;
END
$$;

CREATE TRIGGER "Territory_search_context" AFTER UPDATE OF name ON "Territory"
  FOR EACH ROW WHEN (OLD.name IS DISTINCT FROM NEW.name) EXECUTE FUNCTION organisation_search_context_refresh();
CREATE TRIGGER "PublicBenefitSphere_search_context" AFTER UPDATE OF "namePl" ON "PublicBenefitSphere"
  FOR EACH ROW WHEN (OLD."namePl" IS DISTINCT FROM NEW."namePl") EXECUTE FUNCTION organisation_search_context_refresh();

-- A generated column's expression cannot be altered: dropped (with its index) and added again.
ALTER TABLE "Organisation" DROP COLUMN "searchVector";
UPDATE "Organisation" SET "searchContext" = organisation_search_context("seatTerritoryCode", "sphereIds", "targetGroups");
ALTER TABLE "Organisation"
  ADD COLUMN "searchVector" tsvector GENERATED ALWAYS AS (
    setweight(pl_search_document(name || ' ' || coalesce("shortName", '')), 'A')
    || setweight(pl_search_document(coalesce(mission, '') || ' ' || coalesce(description, '')), 'B')
    || setweight(pl_search_document(coalesce(aims, '')), 'C')
    || setweight(pl_search_document("searchContext"), 'D')
  ) STORED;
CREATE INDEX "Organisation_searchVector_idx" ON "Organisation" USING GIN ("searchVector");
