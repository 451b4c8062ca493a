-- Hand-written: indexes for the search plan in search.service.ts.
-- Results are taken in popularity order (an index scan that stops after a page for common words)
-- and name/pinyin prefixes are found through pattern indexes, so no query has to rank every match.
CREATE INDEX IF NOT EXISTS search_docs_popularity_idx ON search_docs (popularity DESC, implementation_id);
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS search_docs_name_prefix_idx ON search_docs (name text_pattern_ops);
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS search_docs_initials_prefix_idx ON search_docs (initials text_pattern_ops);
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS search_docs_pinyin_prefix_idx ON search_docs (pinyin text_pattern_ops);
