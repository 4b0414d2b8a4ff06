import Foundation

/// Finds the embedded default input, the project's `datasets/` folder.
enum DefaultDataset {
    /// `$TALLY_DATASETS`, else `./datasets`, else the `datasets/` of the project the running
    /// binary was built in (`.build/release/tally` lives inside it).
    static func locate() -> String? {
        let files = FileManager.default
        if let configured = ProcessInfo.processInfo.environment["TALLY_DATASETS"],
            !configured.isEmpty
        {
            return configured
        }
        if isFolder("datasets") { return "datasets" }
        var folder = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
            .deletingLastPathComponent()
        if let executable = try? files.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
            folder = URL(fileURLWithPath: executable).deletingLastPathComponent()
        }
        while folder.path != "/" {
            let candidate = folder.appendingPathComponent("datasets").path
            if isFolder(candidate)
                && files.fileExists(atPath: folder.appendingPathComponent("Package.swift").path)
            {
                return candidate
            }
            folder.deleteLastPathComponent()
        }
        return nil
    }

    private static func isFolder(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
            && isDirectory.boolValue
    }
}
