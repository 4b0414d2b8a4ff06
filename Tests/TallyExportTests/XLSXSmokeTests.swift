import Foundation
import TallyExport
import TallyTestSupport
import Testing
import ZIPFoundation

/// Proves the libxlsxwriter install path: a one-cell workbook written and reopened.
struct XLSXSmokeTests {
    @Test func `a one-cell workbook is written through libxlsxwriter and reopens with its cell`()
        throws
    {
        let path = Fixtures.folder() + "/smoke.xlsx"
        let workbook = try XLSXWorkbook(path: path)
        let sheet = try workbook.addWorksheet(named: "Smoke")
        try workbook.write("Khatlon =1+1", sheet, row: 0, column: 0)
        try workbook.write(42, sheet, row: 0, column: 1)
        try workbook.close()

        let archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .read)
        func text(_ name: String) throws -> String {
            let entry = try #require(archive[name])
            var data = Data()
            _ = try archive.extract(entry) { data.append($0) }
            return String(decoding: data, as: UTF8.self)
        }
        #expect(try text("xl/workbook.xml").contains("name=\"Smoke\""))
        #expect(try text("xl/sharedStrings.xml").contains("Khatlon =1+1"))
        let sheetXML = try text("xl/worksheets/sheet1.xml")
        #expect(sheetXML.contains("<v>42</v>"))
        #expect(!sheetXML.contains("<f>"), "text is never written as a formula")
    }

    @Test func `a workbook that cannot be created fails at close with the path`() throws {
        let workbook = try XLSXWorkbook(path: "/nonexistent-folder/smoke.xlsx")
        _ = try workbook.addWorksheet(named: "Smoke")
        #expect(throws: XLSXError.self) { try workbook.close() }
    }
}
