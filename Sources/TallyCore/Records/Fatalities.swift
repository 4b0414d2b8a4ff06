/// Deaths in one record, in total and by side. The sides always add up to the total: what the
/// source did not attribute is counted as `unknown` (DESIGN §2).
public struct Fatalities: Hashable, Sendable {
    /// Militants, insurgents, smugglers and other non-state armed people.
    public var militants: Int
    /// Border guards, soldiers, police.
    public var security: Int
    /// Civilians.
    public var civilians: Int
    /// Deaths whose side the source does not give.
    public var unknown: Int

    /// A breakdown by side.
    public init(militants: Int = 0, security: Int = 0, civilians: Int = 0, unknown: Int = 0) {
        self.militants = militants
        self.security = security
        self.civilians = civilians
        self.unknown = unknown
    }

    /// No deaths.
    public static let none = Fatalities()

    /// All deaths, the sum of the sides.
    public var total: Int {
        militants + security + civilians + unknown
    }
}
