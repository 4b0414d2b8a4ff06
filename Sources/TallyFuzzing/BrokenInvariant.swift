/// An invariant a fuzz target found broken on an input, as one sentence naming it.
package struct BrokenInvariant: Error, Equatable, CustomStringConvertible {
    /// The invariant that does not hold, with the values that break it.
    package var invariant: String

    /// An invariant found broken.
    package init(_ invariant: String) {
        self.invariant = invariant
    }

    package var description: String { "broken invariant: \(invariant)" }
}
