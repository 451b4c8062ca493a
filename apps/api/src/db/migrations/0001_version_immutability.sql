-- Hand-written: drizzle-kit does not write triggers.
-- A published version is immutable: its guide and number never change and it is never deleted;
-- the only change allowed is published -> superseded.
CREATE OR REPLACE FUNCTION implementation_versions_guard() RETURNS trigger AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    IF OLD.status IN ('published', 'superseded') THEN
      RAISE EXCEPTION 'published catalogue version % is immutable', OLD.id USING ERRCODE = 'P0001';
    END IF;
    RETURN OLD;
  END IF;
  IF OLD.status IN ('published', 'superseded') THEN
    IF NEW.guide IS DISTINCT FROM OLD.guide OR NEW.version_no <> OLD.version_no
       OR NEW.implementation_id <> OLD.implementation_id
       OR NOT (NEW.status = OLD.status OR (OLD.status = 'published' AND NEW.status = 'superseded')) THEN
      RAISE EXCEPTION 'published catalogue version % is immutable', OLD.id USING ERRCODE = 'P0001';
    END IF;
  END IF;
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER implementation_versions_immutable
  BEFORE UPDATE OR DELETE ON implementation_versions
  FOR EACH ROW EXECUTE FUNCTION implementation_versions_guard();
