/// Migration 004 (frozen): findings that people review.
///
/// `findings_seen` remembers every finding a check run on this registry has reported (by its stable id), so a
/// reviewer can accept one by id later; `finding_reviews` holds the reviewers' decisions, versioned like every record
/// (valid_from/valid_to, one current review per finding, enforced by trigger as migration 003 does for the layers).
/// Both are GeoPackage attribute tables, so GDAL and QGIS list them.
enum Migration004 {
    static let migration = RegistrySchema.Migration(id: "004-finding-reviews", statements: [
        """
        CREATE TABLE findings_seen (id INTEGER PRIMARY KEY AUTOINCREMENT, finding TEXT NOT NULL UNIQUE, code TEXT NOT NULL, subjects TEXT NOT NULL,
          severity TEXT NOT NULL, message_zh TEXT NOT NULL, message_en TEXT NOT NULL, source TEXT,
          first_seen TEXT NOT NULL, last_seen TEXT NOT NULL)
        """,
        """
        CREATE TABLE finding_reviews (id INTEGER PRIMARY KEY AUTOINCREMENT, finding TEXT NOT NULL, code TEXT NOT NULL,
          subjects TEXT NOT NULL, status TEXT NOT NULL, reason TEXT NOT NULL, decision TEXT, until DATE,
          subject_versions TEXT NOT NULL DEFAULT '{}', actor TEXT NOT NULL, valid_from DATE NOT NULL, valid_to DATE,
          audit_id INTEGER NOT NULL REFERENCES audit_log(id))
        """,
        """
        CREATE INDEX finding_reviews_finding ON finding_reviews(finding, valid_from)
        """,
        """
        CREATE TRIGGER finding_reviews_one_current BEFORE INSERT ON finding_reviews
        WHEN NEW.valid_to IS NULL AND EXISTS (SELECT 1 FROM finding_reviews WHERE finding = NEW.finding AND valid_to IS NULL)
        BEGIN SELECT RAISE(ABORT, 'finding_reviews: a current review of this finding exists already'); END
        """,
        """
        INSERT INTO gpkg_contents (table_name, data_type, identifier, description) VALUES
          ('findings_seen', 'attributes', 'findings_seen', 'findings reported by checks on this registry, by stable id'),
          ('finding_reviews', 'attributes', 'finding_reviews', 'reviewers'' decisions on findings (accepted exceptions), versioned')
        """,
    ])
}
