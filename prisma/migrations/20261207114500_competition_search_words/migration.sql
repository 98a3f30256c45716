-- Hand-written: the titles of open competitions join the vocabulary of the
-- search's typo fallback (lib/search/forgiving.ts; the search_lexicon and
-- search_words_visible migrations), as consultations' titles do, so a typo on
-- /konkursy is offered its correction. Only what visitors may read: a draft's
-- words join when it is published (its update fires the trigger). No schema
-- change: only triggers.
CREATE TRIGGER "Competition_search_words_insert" AFTER INSERT ON "Competition"
  REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION search_words_collect('status <> ''DRAFT''', 'title');
CREATE TRIGGER "Competition_search_words_update" AFTER UPDATE ON "Competition"
  REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION search_words_collect('status <> ''DRAFT''', 'title');

SELECT search_words_add(array_agg(title)) FROM "Competition" WHERE status <> 'DRAFT';
