-- CreateExtension
CREATE EXTENSION IF NOT EXISTS "fuzzystrmatch";

-- CreateTable
CREATE TABLE "SearchLemma" (
    "form" TEXT NOT NULL,
    "stem" TEXT NOT NULL,
    "lemmaStems" TEXT[],

    CONSTRAINT "SearchLemma_pkey" PRIMARY KEY ("form")
);

-- CreateTable
CREATE TABLE "SearchLexicon" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "version" TEXT NOT NULL,
    "loadedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SearchLexicon_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SearchAbbreviation" (
    "abbreviation" TEXT NOT NULL,
    "expansion" TEXT NOT NULL,
    "stems" TEXT[],

    CONSTRAINT "SearchAbbreviation_pkey" PRIMARY KEY ("abbreviation","expansion")
);

-- CreateTable
CREATE TABLE "SearchWord" (
    "word" TEXT NOT NULL,
    "display" TEXT NOT NULL,

    CONSTRAINT "SearchWord_pkey" PRIMARY KEY ("word")
);

-- CreateIndex
CREATE INDEX "SearchLemma_lemmaStems_idx" ON "SearchLemma" USING GIN ("lemmaStems");

-- Hand-written: a search that forgives (issue 24). The documents' vectors stay
-- as they are (pl_search_document: folded words cut to stems), so no table is
-- rewritten; what changes is how a query word is looked for. Each word now
-- matches, besides its own stem by prefix as before,
--   * the stems of its lemmas by prefix ("psa" → 'pies':*, "kosciele" → 'kosciol':*),
--   * exactly, the stem of every other form of those lemmas that the suffix
--     stemmer cannot bring to them ("pies" → 'psa', 'psu', 'psem'...),
-- from "SearchLemma", which holds only such forms (lib/search/lexicon). And an
-- abbreviation matches the words it stands for, and those words the abbreviation.
-- The lexicon is read at query time only, so loading a new one needs no reindex.
--
-- The query functions read tables yet are declared IMMUTABLE, deliberately:
-- a query's tsquery is then computed once when the statement is planned (the
-- app's statements bind their parameters before planning), not once per row
-- where it also serves ts_rank or a sequential scan. The contract that makes
-- this safe: "SearchLemma" and "SearchAbbreviation" change only when the
-- database is prepared (lib/search/lexicon/load.ts) or migrated, before the
-- app serves, and no index or generated column uses these functions.

CREATE INDEX "SearchWord_word_trgm_idx" ON "SearchWord" USING GIST (word gist_trgm_ops);

-- The query's words, folded, without the words that carry nothing (as pl_search_words drops them).
CREATE FUNCTION pl_query_words(input text) RETURNS text[]
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  BEGIN ATOMIC
    SELECT coalesce(array_agg(word ORDER BY position), ARRAY[]::text[])
    FROM regexp_split_to_table(public.pl_fold(input), '[^a-z0-9]+') WITH ORDINALITY AS words(word, position)
    WHERE word <> ''
      AND word NOT IN ('a', 'i', 'o', 'u', 'w', 'we', 'z', 'ze', 'na', 'do', 'dla', 'od', 'po', 'przy', 'oraz', 'im', 'imienia', 'the', 'of', 'and');
  END;

-- A folded word's own stem and the stems of its lemmas.
CREATE FUNCTION pl_word_keys(word text) RETURNS text[]
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  BEGIN ATOMIC
    SELECT array_agg(DISTINCT k ORDER BY k)
    FROM unnest(array_prepend(
      public.pl_stem(word),
      coalesce((SELECT l."lemmaStems" FROM public."SearchLemma" l WHERE l.form = word), ARRAY[]::text[])
    )) AS k;
  END;

-- One folded word as a tsquery: its keys by prefix, or exactly the indexed stem of another form of its lemmas.
-- PL/pgSQL so that the keys reach the lookup as a value, which the GIN index on "lemmaStems" serves.
CREATE FUNCTION pl_word_query(word text) RETURNS tsquery
  LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE
  AS $$
DECLARE
  keys text[] := public.pl_word_keys(word);
  result tsquery;
BEGIN
  SELECT string_agg(term, ' | ' ORDER BY term)::tsquery INTO result FROM (
    SELECT quote_literal(key) || ':*' AS term FROM unnest(keys) AS key
    UNION
    SELECT quote_literal(l.stem) FROM public."SearchLemma" l
    WHERE l."lemmaStems" && keys AND NOT (l.stem = ANY (keys))
  ) terms;
  RETURN result;
END
$$;

-- Folded words ANDed; NULL for none.
CREATE FUNCTION pl_words_query(words text[]) RETURNS tsquery
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  BEGIN ATOMIC
    SELECT string_agg('(' || public.pl_word_query(w)::text || ')', ' & ' ORDER BY position)::tsquery
    FROM unnest(words) WITH ORDINALITY AS u(w, position);
  END;

-- Any of the words, each with its lemma's forms: for texts compared with texts
-- (similar ideas, partner requests), where a new one is rarely worded like an
-- old one. The first twelve words; words under three letters carry too little.
-- NULL when no word is left.
CREATE FUNCTION pl_search_any(input text) RETURNS tsquery
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  BEGIN ATOMIC
    SELECT string_agg('(' || public.pl_word_query(w)::text || ')', ' | ' ORDER BY position)::tsquery
    FROM unnest((public.pl_query_words(input))[1:12]) WITH ORDINALITY AS u(w, position)
    WHERE length(w) >= 3;
  END;

-- Every word of the query must match (a word, one of its forms, or what an
-- abbreviation stands for); NULL when the query has no words (the caller then
-- does not filter).
CREATE OR REPLACE FUNCTION pl_search_query(input text) RETURNS tsquery
  LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE
  AS $$
DECLARE
  words text[] := public.pl_query_words(input);
  parts tsquery[] := ARRAY[]::tsquery[];
  all_keys text[];
  result tsquery;
  part tsquery;
  rest tsquery;
  word text;
  abbreviated record;
BEGIN
  IF cardinality(words) = 0 THEN
    RETURN NULL;
  END IF;
  FOREACH word IN ARRAY words LOOP
    part := public.pl_word_query(word);
    -- "osp" is also "ochotnicza straż pożarna".
    FOR abbreviated IN SELECT a.expansion FROM public."SearchAbbreviation" a WHERE a.abbreviation = word LOOP
      part := part || public.pl_words_query(public.pl_query_words(abbreviated.expansion));
    END LOOP;
    parts := array_append(parts, part);
    result := CASE WHEN result IS NULL THEN part ELSE result && part END;
  END LOOP;
  -- "ochotniczej straży pożarnej w brzegu" is also "osp brzeg": when every word
  -- an abbreviation stands for is among the query's (by stem or lemma), the
  -- abbreviation may take their place.
  all_keys := ARRAY(SELECT k FROM unnest(words) AS w, unnest(public.pl_word_keys(w)) AS k);
  FOR abbreviated IN SELECT a.abbreviation, a.stems FROM public."SearchAbbreviation" a WHERE a.stems <@ all_keys LOOP
    -- The query's other words, as they were looked for above.
    rest := NULL;
    FOR i IN 1 .. cardinality(words) LOOP
      CONTINUE WHEN public.pl_word_keys(words[i]) && abbreviated.stems;
      rest := CASE WHEN rest IS NULL THEN parts[i] ELSE rest && parts[i] END;
    END LOOP;
    part := public.pl_word_query(abbreviated.abbreviation);
    result := result || CASE WHEN rest IS NULL THEN part ELSE rest && part END;
  END LOOP;
  RETURN result;
END
$$;

-- The common abbreviations of Polish organisations' names.
INSERT INTO "SearchAbbreviation" (abbreviation, expansion, stems)
SELECT abbreviation, expansion, ARRAY(SELECT pl_stem(e) FROM unnest(pl_query_words(expansion)) AS e)
FROM (VALUES
  ('osp', 'ochotnicza straż pożarna'),
  ('kgw', 'koło gospodyń wiejskich'),
  ('uks', 'uczniowski klub sportowy'),
  ('lks', 'ludowy klub sportowy'),
  ('ks', 'klub sportowy'),
  ('mks', 'miejski klub sportowy'),
  ('mks', 'międzyszkolny klub sportowy'),
  ('gks', 'gminny klub sportowy'),
  ('gks', 'górniczy klub sportowy'),
  ('sks', 'szkolny klub sportowy'),
  ('kks', 'klub kultury sportowej'),
  ('lzs', 'ludowe zespoły sportowe'),
  ('zhp', 'związek harcerstwa polskiego'),
  ('zhr', 'związek harcerstwa rzeczypospolitej'),
  ('pck', 'polski czerwony krzyż'),
  ('tpd', 'towarzystwo przyjaciół dzieci'),
  ('pzw', 'polski związek wędkarski'),
  ('pttk', 'polskie towarzystwo turystyczno krajoznawcze'),
  ('wopr', 'wodne ochotnicze pogotowie ratunkowe'),
  ('gopr', 'górskie ochotnicze pogotowie ratunkowe'),
  ('znp', 'związek nauczycielstwa polskiego'),
  ('lgd', 'lokalna grupa działania'),
  ('utw', 'uniwersytet trzeciego wieku'),
  ('pzeri', 'polski związek emerytów rencistów i inwalidów'),
  ('pzeri', 'polski związek emerytów rencistów inwalidów'),
  ('pkps', 'polski komitet pomocy społecznej'),
  ('tpz', 'towarzystwo przyjaciół ziemi'),
  ('opp', 'organizacja pożytku publicznego'),
  ('ngo', 'organizacja pozarządowa'),
  ('psouu', 'polskie stowarzyszenie na rzecz osób z niepełnosprawnością intelektualną'),
  ('ptsr', 'polskie towarzystwo stwardnienia rozsianego'),
  ('skkt', 'szkolne koło krajoznawczo turystyczne'),
  ('mok', 'miejski ośrodek kultury'),
  ('gok', 'gminny ośrodek kultury')
) AS a(abbreviation, expansion);

-- The vocabulary of the typo fallback: the words (three letters or more) of
-- the names and titles people search for. Kept by statement triggers, so a
-- bulk import adds its words in one statement; a word no longer used stays
-- (a suggestion is offered only when it finds something).
CREATE FUNCTION search_words_add(texts text[]) RETURNS void
  LANGUAGE sql VOLATILE
  BEGIN ATOMIC
    INSERT INTO public."SearchWord" (word, display)
    SELECT DISTINCT ON (public.pl_fold(w)) public.pl_fold(w), lower(w)
    FROM unnest(texts) AS t, regexp_split_to_table(t, '[^[:alnum:]]+') AS w
    WHERE char_length(w) >= 3 AND public.pl_fold(w) ~ '^[a-z0-9]+$'
    ORDER BY public.pl_fold(w), lower(w)
    ON CONFLICT (word) DO NOTHING;
  END;

-- TG_ARGV holds the text columns to read from the transition table.
CREATE FUNCTION search_words_collect() RETURNS trigger
  LANGUAGE plpgsql AS $$
DECLARE
  col text;
BEGIN
  FOREACH col IN ARRAY TG_ARGV LOOP
    EXECUTE format('SELECT public.search_words_add(array_agg(%I)) FROM changed_rows WHERE %I IS NOT NULL', col, col);
  END LOOP;
  RETURN NULL;
END
$$;

CREATE TRIGGER "Organisation_search_words_insert" AFTER INSERT ON "Organisation"
  REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION search_words_collect('name', 'shortName');
CREATE TRIGGER "Organisation_search_words_update" AFTER UPDATE ON "Organisation"
  REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION search_words_collect('name', 'shortName');
CREATE TRIGGER "Territory_search_words_insert" AFTER INSERT ON "Territory"
  REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION search_words_collect('name');
CREATE TRIGGER "Territory_search_words_update" AFTER UPDATE ON "Territory"
  REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION search_words_collect('name');
CREATE TRIGGER "PublicBenefitSphere_search_words_insert" AFTER INSERT ON "PublicBenefitSphere"
  REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION search_words_collect('namePl');
CREATE TRIGGER "PublicBenefitSphere_search_words_update" AFTER UPDATE ON "PublicBenefitSphere"
  REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION search_words_collect('namePl');
CREATE TRIGGER "ForumThread_search_words_insert" AFTER INSERT ON "ForumThread"
  REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION search_words_collect('title');
CREATE TRIGGER "ForumThread_search_words_update" AFTER UPDATE ON "ForumThread"
  REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION search_words_collect('title');
CREATE TRIGGER "NewsArticle_search_words_insert" AFTER INSERT ON "NewsArticle"
  REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION search_words_collect('title', 'lead');
CREATE TRIGGER "NewsArticle_search_words_update" AFTER UPDATE ON "NewsArticle"
  REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION search_words_collect('title', 'lead');
CREATE TRIGGER "LibraryDocument_search_words_insert" AFTER INSERT ON "LibraryDocument"
  REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION search_words_collect('title');
CREATE TRIGGER "LibraryDocument_search_words_update" AFTER UPDATE ON "LibraryDocument"
  REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION search_words_collect('title');
CREATE TRIGGER "Consultation_search_words_insert" AFTER INSERT ON "Consultation"
  REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION search_words_collect('title');
CREATE TRIGGER "Consultation_search_words_update" AFTER UPDATE ON "Consultation"
  REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION search_words_collect('title');
CREATE TRIGGER "Idea_search_words_insert" AFTER INSERT ON "Idea"
  REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION search_words_collect('title');
CREATE TRIGGER "Idea_search_words_update" AFTER UPDATE ON "Idea"
  REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION search_words_collect('title');
CREATE TRIGGER "PartnerRequest_search_words_insert" AFTER INSERT ON "PartnerRequest"
  REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION search_words_collect('title');
CREATE TRIGGER "PartnerRequest_search_words_update" AFTER UPDATE ON "PartnerRequest"
  REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION search_words_collect('title');

-- What is there already: one pass over each table's names and titles.
SELECT search_words_add(array_agg(name || ' ' || coalesce("shortName", ''))) FROM "Organisation";
SELECT search_words_add(array_agg(name)) FROM "Territory";
SELECT search_words_add(array_agg("namePl")) FROM "PublicBenefitSphere";
SELECT search_words_add(array_agg(title)) FROM "ForumThread";
SELECT search_words_add(array_agg(title || ' ' || lead)) FROM "NewsArticle";
SELECT search_words_add(array_agg(title)) FROM "LibraryDocument";
SELECT search_words_add(array_agg(title)) FROM "Consultation";
SELECT search_words_add(array_agg(title)) FROM "Idea";
SELECT search_words_add(array_agg(title)) FROM "PartnerRequest";
