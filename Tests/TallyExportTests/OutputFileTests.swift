import Foundation
import TallyExport
import TallyTestSupport
import Testing

struct OutputFileTests {
    @Test func `a committed output replaces the target; nothing is visible before`() throws {
        let target = Fixtures.folder() + "/table.csv"
        try "old\n".write(toFile: target, atomically: true, encoding: .utf8)
        let output = try OutputFile(.file(target))
        try output.write("new\n")
        try output.flush()
        #expect(try String(contentsOfFile: target, encoding: .utf8) == "old\n")
        try output.commit()
        #expect(try String(contentsOfFile: target, encoding: .utf8) == "new\n")
    }

    @Test func `a discarded output leaves the old file and no temporary behind`() throws {
        let folder = Fixtures.folder()
        let target = folder + "/table.csv"
        try "old\n".write(toFile: target, atomically: true, encoding: .utf8)
        do {
            let output = try OutputFile(.file(target))
            try output.write("half")
            output.discard()
        }
        #expect(try String(contentsOfFile: target, encoding: .utf8) == "old\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["table.csv"])
    }

    @Test func `an output in a missing folder cannot be created, before anything is written`() {
        #expect(throws: OutputError.self) { try OutputFile(.file("/nonexistent-folder/table.csv")) }
    }
}

struct DeviceOutputTests {
    @Test func `writing to /dev/null leaves the device in place`() throws {
        let output = try OutputFile(.file("/dev/null"))
        try output.write("discarded\n")
        try output.commit()
        let attributes = try FileManager.default.attributesOfItem(atPath: "/dev/null")
        #expect(attributes[.type] as? FileAttributeType == .typeCharacterSpecial)
    }
}
