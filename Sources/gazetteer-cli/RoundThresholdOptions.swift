import ArgumentParser
import Gazetteer

/// `--tolerance` and `--displaced`: the thresholds a round's displacements are judged by (see RoundComparison).
struct RoundThresholdOptions: ParsableArguments {
    @Option(help: ArgumentHelp("The observations' GNSS uncertainty; a post is suspected displaced beyond it plus its recorded accuracy.", valueName: "metres"))
    var tolerance: Double = RoundComparison.Options.defaultTolerance

    @Option(help: ArgumentHelp("A post this far or farther from its registered position is displaced.", valueName: "metres"))
    var displaced: Double = RoundComparison.Options.defaultDisplaced

    func validate() throws {
        guard tolerance >= 0, tolerance.isFinite else { throw ValidationError("--tolerance expects metres ≥ 0, got \(tolerance)") }
        guard displaced > tolerance, displaced.isFinite else {
            throw ValidationError("--displaced expects metres greater than --tolerance (\(tolerance)), got \(displaced)")
        }
    }

    var options: RoundComparison.Options { RoundComparison.Options(tolerance: tolerance, displaced: displaced) }
}
