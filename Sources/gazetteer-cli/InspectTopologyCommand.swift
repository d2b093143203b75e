import ArgumentParser
import Foundation
import Gazetteer

/// `gazetteer inspect topology`: every boundary framework check on the registry or on polygon files.
struct InspectTopologyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "topology",
        abstract: "Check the boundary framework: polygon validity, overlaps, gaps, slivers, enclaves, adjacency against the lines.",
        discussion: """
            Runs on the units of one level, from the registry or from files checked together as one coverage:
            - polygon validity (geometry.invalid): reported, then used repaired (polygonal parts only);
            - overlaps between units (coverage.overlap: the overlap polygon, its area in m²);
            - holes in the units' union: slivers (coverage.sliver) when smaller than --min-area m² or narrower on \
            average than --snap m, enclaves (coverage.enclave) when one unit surrounds them (加格达奇 inside \
            鄂伦春 in DataV), gaps (coverage.gap) otherwise;
            - with --parent FILE, the units' union against the parent's outline: pieces outside it \
            (coverage.outside-parent) and pieces of it left uncovered (coverage.parent-uncovered), counted when at \
            least --min-area and --parent-tolerance wide on average (default 1,000 m: thinner pieces are the two \
            outlines' different simplifications, and only count in the totals);
            - on a registry, each line against its units' shared edge: Hausdorff distance within --tolerance \
            (line.off-edge; defaults by level: 10 m provincial, 25 m prefectural and county, 0.5 mm at GB/T 17796's \
            1:50,000), left and right units on the correct sides (line.sides-swapped); the line network: crossings \
            and overlaps (line.crossing), ends meeting nothing (line.dangle), tri-points (line.tri-point);
            - derived adjacency and its comparison with the registered lines, as `gazetteer inspect adjacency`;
            - government seats, as `gazetteer inspect seats` (seat.outside, seat.moved-without-decision).
            Areas and lengths are geodesic (CGCS2000 ellipsoid); distances are taken in the local Gauss-Krüger zone.

            Exit status: 0 no error-severity findings, 1 some (an overlap, a gap, an invalid polygon, a line between \
            units that do not meet), 3 unreadable input.

            Examples:
              gazetteer inspect topology --registry demo.gpkg
              gazetteer inspect topology datav_150700_full.json --id-field adcode --name-field name
              gazetteer inspect topology datav_150700_full.json datav_152200_full.json datav_232700_full.json \\
                  --id-field adcode --name-field name --format html --output coverage.html
            """
    )

    @OptionGroup var input: InspectInputOptions

    @Option(name: .customLong("min-area"), help: ArgumentHelp("Holes smaller than this are slivers, not gaps.", valueName: "m²"))
    var minArea: Double = CoverageCheck.defaultMinArea

    @Option(help: ArgumentHelp("Units apart by at most this many metres are near contacts; holes narrower on average are slivers.", valueName: "metres"))
    var snap: Double = AdjacencyCheck.defaultSnap

    @Option(help: ArgumentHelp("How far a registered line may lie from its units' shared edge, for every level (default: 10 m provincial, 25 m prefectural and county).", valueName: "metres"))
    var tolerance: Double?

    @Option(help: ArgumentHelp("The parent's outline (a polygon file, read with --id-field/--name-field/--crs): the units' union is checked against it; with --within, the feature with that code.", valueName: "file"))
    var parent: String?

    @Option(name: .customLong("parent-tolerance"), help: ArgumentHelp("With --parent: pieces between the units and the outline narrower than this on average are the outlines' simplification, not findings.", valueName: "metres"))
    var parentTolerance: Double = CoverageCheck.defaultParentTolerance

    @OptionGroup var output: ReportOutputOptions
    @OptionGroup var review: ReviewOptions

    func validate() throws {
        guard snap >= 0, snap.isFinite else { throw ValidationError("--snap expects metres ≥ 0, got \(snap)") }
        if let tolerance { guard tolerance >= 0, tolerance.isFinite else { throw ValidationError("--tolerance expects metres ≥ 0, got \(tolerance)") } }
        guard parentTolerance >= 0, parentTolerance.isFinite else { throw ValidationError("--parent-tolerance expects metres ≥ 0, got \(parentTolerance)") }
        guard minArea >= 0, minArea.isFinite else { throw ValidationError("--min-area expects square metres ≥ 0, got \(minArea)") }
    }

    func run() throws {
        let checked = try input.read(language: output.lang)
        let options = TopologyCheck.Options(
            minArea: minArea, snap: snap, tolerances: tolerance.map(LineCheck.Tolerances.init(uniform:)) ?? LineCheck.Tolerances(),
            parentTolerance: parentTolerance)
        let report = try TopologyCheck.report(checked, options: options, parent: try readParent())
        try ReportWriting.write(try review.reviewed(report, registry: input.registry, wait: 60), options: output)
    }

    /// The parent outline of `--parent`: the feature coded `--within` when given, else the file's only feature.
    private func readParent() throws -> CheckedUnit? {
        guard let parent else { return nil }
        let read = try CheckInputReader.read(files: [parent], idField: input.idField, nameField: input.nameField,
                                             crs: try resolveCRS(input.crs, language: output.lang), selection: UnitSelection())
        let within = input.within.map(AdminCode.normalized)
        if let unit = read.units.first(where: { $0.code == within }) ?? (read.units.count == 1 ? read.units.first : nil) { return unit }
        throw InputError(text: LocalizedText(
            zh: "--parent \(parent)：找不到上级轮廓（文件有 \(read.units.count) 个要素；用 --within 指定上级代码）",
            en: "--parent \(parent): no parent outline (the file has \(read.units.count) features; name the parent's code with --within)"))
    }
}
