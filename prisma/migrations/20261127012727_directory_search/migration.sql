-- CreateEnum
CREATE TYPE "TargetGroup" AS ENUM ('CHILDREN', 'YOUTH', 'SENIORS', 'PEOPLE_WITH_DISABILITIES', 'FAMILIES', 'WOMEN', 'UNEMPLOYED', 'MIGRANTS', 'HOMELESS', 'ADDICTED', 'MINORITIES', 'RURAL_RESIDENTS', 'NGOS', 'GENERAL_PUBLIC');

-- AlterTable
ALTER TABLE "Organisation" ADD COLUMN     "targetGroups" "TargetGroup"[] DEFAULT ARRAY[]::"TargetGroup"[];

-- CreateIndex
CREATE INDEX "Organisation_createdAt_idx" ON "Organisation"("createdAt");

-- CreateIndex
CREATE INDEX "Organisation_targetGroups_idx" ON "Organisation" USING GIN ("targetGroups");

-- Hand-written: Polish-aware search (lib/directory/search.ts).
-- Text is folded (lower case, no diacritics: "Żółw" → "zolw"), split into
-- words, stripped of words that carry nothing, and each word cut to a stem by
-- removing the longest inflectional ending that leaves at least three letters
-- ("stowarzyszeniu" → "stowarzyszen", "sportowym" → "sport", "fundacji" →
-- "fundacj"). The same functions normalise the query, so both sides meet; the
-- query matches stems by prefix, which absorbs what the endings list misses.
CREATE FUNCTION pl_fold(input text) RETURNS text
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  RETURN lower(public.unaccent('public.unaccent'::regdictionary, input));

CREATE FUNCTION pl_stem(word text) RETURNS text
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  RETURN regexp_replace(
    word,
    '^([a-z0-9]{3,}?)(owego|owemu|owych|owymi|owie|iego|iemu|iach|iami|owym|owej|ach|ami|ego|emu|ich|imi|iom|iow|owa|owe|owi|owy|ych|ymi|iej|iem|ej|em|ie|ia|iu|ii|om|ow|ym|im|a|e|i|o|u|y)$',
    '\1'
  );

CREATE FUNCTION pl_search_words(input text) RETURNS text[]
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  BEGIN ATOMIC
    SELECT coalesce(array_agg(pl_stem(word) ORDER BY position), ARRAY[]::text[])
    FROM regexp_split_to_table(pl_fold(input), '[^a-z0-9]+') WITH ORDINALITY AS words(word, position)
    WHERE word <> ''
      AND word NOT IN ('a', 'i', 'o', 'u', 'w', 'we', 'z', 'ze', 'na', 'do', 'dla', 'od', 'po', 'przy', 'oraz', 'im', 'imienia', 'the', 'of', 'and');
  END;

CREATE FUNCTION pl_search_document(input text) RETURNS tsvector
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  -- Through to_tsvector so words keep positions, which carry the weights.
  RETURN to_tsvector('simple'::regconfig, array_to_string(pl_search_words(input), ' '));

-- Every word of the query must match the start of a word of the document.
-- NULL when the query has no words (the caller then does not filter).
CREATE FUNCTION pl_search_query(input text) RETURNS tsquery
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  BEGIN ATOMIC
    SELECT nullif(string_agg(word || ':*', ' & '), '')::tsquery
    FROM unnest(pl_search_words(input)) AS word;
  END;

ALTER TABLE "Organisation"
  ADD COLUMN "searchVector" tsvector GENERATED ALWAYS AS (
    setweight(pl_search_document(name || ' ' || coalesce("shortName", '')), 'A')
    || setweight(pl_search_document(coalesce(aims, '')), 'C')
  ) STORED,
  ADD COLUMN "nameFolded" text GENERATED ALWAYS AS (pl_fold(name || ' ' || coalesce("shortName", ''))) STORED;

CREATE INDEX "Organisation_searchVector_idx" ON "Organisation" USING GIN ("searchVector");
CREATE INDEX "Organisation_nameFolded_trgm_idx" ON "Organisation" USING GIN ("nameFolded" gin_trgm_ops);
CREATE INDEX "Organisation_name_pl_idx" ON "Organisation" (name COLLATE "pl-x-icu", id);

-- Hand-written: the organisation's spheres as an array beside the row, kept by
-- triggers on "OrganisationSphere" (the source of truth), so the directory
-- filters and counts spheres without a join per organisation.
ALTER TABLE "Organisation" ADD COLUMN "sphereIds" text[] NOT NULL DEFAULT ARRAY[]::text[];

CREATE FUNCTION organisation_sphere_ids_sync() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "Organisation" o
  SET "sphereIds" = coalesce(
    (SELECT array_agg(s."sphereId" ORDER BY s."sphereId") FROM "OrganisationSphere" s WHERE s."organisationId" = o.id),
    ARRAY[]::text[]
  )
  WHERE o.id IN (SELECT DISTINCT "organisationId" FROM changed_rows);
  RETURN NULL;
END
$$;

CREATE TRIGGER "OrganisationSphere_sync_insert" AFTER INSERT ON "OrganisationSphere"
  REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION organisation_sphere_ids_sync();
CREATE TRIGGER "OrganisationSphere_sync_update" AFTER UPDATE ON "OrganisationSphere"
  REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION organisation_sphere_ids_sync();
CREATE TRIGGER "OrganisationSphere_sync_delete" AFTER DELETE ON "OrganisationSphere"
  REFERENCING OLD TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION organisation_sphere_ids_sync();

UPDATE "Organisation" o
SET "sphereIds" = (SELECT array_agg(s."sphereId" ORDER BY s."sphereId") FROM "OrganisationSphere" s WHERE s."organisationId" = o.id)
WHERE EXISTS (SELECT 1 FROM "OrganisationSphere" s WHERE s."organisationId" = o.id);

CREATE INDEX "Organisation_sphereIds_idx" ON "Organisation" USING GIN ("sphereIds");
