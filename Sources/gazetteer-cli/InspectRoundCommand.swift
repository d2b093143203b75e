import ArgumentParser

/// `gazetteer inspect round …`: joint inspection rounds (联检) of a boundary line, from opening to the signed close.
struct InspectRoundCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "round",
        abstract: "Joint inspection rounds (联检): open a round, import field observations, compare them with the registry, close it.",
        discussion: """
            A round is one joint inspection of one line by its two sides (民政部令第28号: each line every five years). \
            The steps, in order:
              gazetteer inspect round create --line 1523 --ordinal 4 --year 2025 --parties "内蒙古自治区,黑龙江省" --registry R
              gazetteer inspect round import 1523-4 field.csv --crs EPSG:4550 --map number=点号,x=Y,y=X,condition=状况 --registry R
              gazetteer inspect round compare 1523-4 --registry R
              gazetteer inspect round close 1523-4 --decision "蒙黑联检〔2025〕1号" --registry R
              gazetteer report round 1523-4 --format html --output round.html --registry R
            """,
        subcommands: [InspectRoundCreateCommand.self, InspectRoundImportCommand.self, InspectRoundCompareCommand.self,
                      InspectRoundCloseCommand.self]
    )
}
