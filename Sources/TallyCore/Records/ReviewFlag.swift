/// A code the extractor writes in a record's `flags` column: a decision a reviewer should check.
/// The one list of them; the review workbook's instructions are written from it.
public enum ReviewFlag: String, CaseIterable, Sendable, Comparable {
    case tollConflict = "toll_conflict"
    case tollRevised = "toll_revised"
    case tollSummedByParty = "toll_summed_by_party"
    case sideUnknown = "side_unknown"
    case sideInferred = "side_inferred"
    case dateRelative = "date_relative"
    case dateFromPublication = "date_from_publication"
    case dateFromStatement = "date_from_statement"
    case regionUnresolved = "region_unresolved"
    case backgroundNearby = "background_nearby"
    case typeUncertain = "type_uncertain"
    case talibanSideByDate = "taliban_side_by_date"
    case teaserOnly = "teaser_only"
    case deathsToldTwice = "deaths_told_twice"

    /// What the extractor decided, for a reviewer.
    public var meaning: String {
        switch self {
        case .tollConflict: "figures disagreed, the lowest was taken"
        case .tollRevised: "the latest revised figure was taken"
        case .tollSummedByParty: "each party's dead were added"
        case .sideUnknown: "some dead are of no stated side"
        case .sideInferred: "the dead of no stated side were taken as the party the article names"
        case .dateRelative: "the date was worked out from a relative one (\"on Sunday\")"
        case .dateFromPublication: "no date in the text: the publication month"
        case .dateFromStatement: "no date of its own: the day it was reported, the latest it can be"
        case .regionUnresolved: "no province could be placed"
        case .backgroundNearby: "background or recap sentences stand next to the event"
        case .typeUncertain: "the event's type was a close call"
        case .talibanSideByDate:
            "the Taliban's dead were counted by the date rule: militants before 15 August 2021, the state's forces after"
        case .teaserOnly: "coded from a feed item's teaser, not the whole article"
        case .deathsToldTwice:
            "two events of the article had as many dead, all of one side each: counted once"
        }
    }

    /// The order of the codes' names.
    public static func < (lhs: ReviewFlag, rhs: ReviewFlag) -> Bool { lhs.rawValue < rhs.rawValue }

    /// The `flags` column for these flags: `;`-separated, in a stable order.
    public static func column(_ flags: Set<ReviewFlag>) -> String {
        flags.sorted().map(\.rawValue).joined(separator: ";")
    }
}
