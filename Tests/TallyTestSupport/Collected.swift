import TallyCore

/// A reference box for collecting rejections from a read's callback.
package final class Collected: @unchecked Sendable {
    /// The rejections, in the order they were reported.
    package var rejections: [Rejection] = []

    /// An empty box.
    package init() {}
}
