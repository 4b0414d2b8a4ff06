import Foundation
import TallyExport

extension EmissionContext {
    /// The version, and the time from `SOURCE_DATE_EPOCH` when set (reproducible files), else now.
    static func current() -> EmissionContext {
        let pinned = ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"].flatMap { Int($0) }
        return EmissionContext(
            version: TallyVersion.current, generatedAt: pinned ?? Int(Date().timeIntervalSince1970))
    }
}
