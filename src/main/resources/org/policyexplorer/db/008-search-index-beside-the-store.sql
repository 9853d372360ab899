-- The search index moved out of the store into a Lucene index in a folder beside it (docs/search.md): it is
-- derived from the reports and rebuilt from them whenever it is missing or behind, so the store keeps no copy.
DROP TABLE IF EXISTS search_vocab;
DROP TABLE IF EXISTS search_index;
DROP TABLE IF EXISTS search_row;
