/// A workbook made around the XML of one sheet, for the fuzzer: its parts stored, not
/// deflated, and their checksums right, so that the fuzzer's bytes reach the sheet's parser as
/// written rather than being refused as a damaged archive. It has shared strings (the required
/// columns' names, a rich text, a phonetic run) and a date style (`s="1"`), so that a sheet can
/// use them.
enum FuzzWorkbook {
    /// The bytes of an `.xlsx` file whose one sheet, `Log`, is `sheet`.
    static func package(sheet: [UInt8]) -> [UInt8] {
        var archive: [UInt8] = []
        var directory: [UInt8] = []
        let parts = fixedParts + [("xl/worksheets/sheet1.xml", sheet)]
        for (name, data) in parts {
            let offset = archive.count
            let crc = crc32(data)
            let nameBytes = Array(name.utf8)
            // The local header, then the data (stored).
            archive += le32(0x0403_4B50) + le16(20) + le16(0) + le16(0) + le16(0) + le16(0)
            archive += le32(crc) + le32(UInt32(data.count)) + le32(UInt32(data.count))
            archive += le16(UInt16(nameBytes.count)) + le16(0) + nameBytes + data
            // Its entry in the directory.
            directory += le32(0x0201_4B50) + le16(20) + le16(20) + le16(0) + le16(0)
            directory += le16(0) + le16(0) + le32(crc) + le32(UInt32(data.count))
            directory += le32(UInt32(data.count)) + le16(UInt16(nameBytes.count))
            directory += le16(0) + le16(0) + le16(0) + le16(0) + le32(0)
            directory += le32(UInt32(offset)) + nameBytes
        }
        let directoryOffset = archive.count
        archive += directory
        archive += le32(0x0605_4B50) + le16(0) + le16(0) + le16(UInt16(parts.count))
        archive += le16(UInt16(parts.count)) + le32(UInt32(directory.count))
        archive += le32(UInt32(directoryOffset)) + le16(0)
        return archive
    }

    private static let fixedParts: [(String, [UInt8])] = [
        (
            "xl/workbook.xml",
            Array(
                #"<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Log" sheetId="1" r:id="rId1"/></sheets></workbook>"#
                    .utf8)
        ),
        (
            "xl/_rels/workbook.xml.rels",
            Array(
                #"<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>"#
                    .utf8)
        ),
        (
            "xl/sharedStrings.xml",
            Array(
                #"<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="9" uniqueCount="9"><si><t>date</t></si><si><t>country</t></si><si><t>category</t></si><si><t>type</t></si><si><t>fatalities</t></si><si><t>Tajikistan</t></si><si><t>incident</t></si><si><r><t>armed_</t></r><r><rPr><b/></rPr><t>clash</t></r></si><si><t>Khorog</t><rPh sb="0" eb="1"><t>ホ</t></rPh></si></sst>"#
                    .utf8)
        ),
        (
            "xl/styles.xml",
            Array(
                #"<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="14"/></cellXfs></styleSheet>"#
                    .utf8)
        ),
    ]

    private static func le16(_ value: UInt16) -> [UInt8] {
        [UInt8(value & 0xFF), UInt8(value >> 8)]
    }

    private static func le32(_ value: UInt32) -> [UInt8] {
        le16(UInt16(value & 0xFFFF)) + le16(UInt16(value >> 16))
    }

    /// ZIP's CRC-32 (the reflected polynomial 0xEDB88320), a bit at a time: fuzz inputs are small.
    private static func crc32(_ data: [UInt8]) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        for byte in data {
            crc ^= UInt32(byte)
            for _ in 0..<8 { crc = crc & 1 != 0 ? (crc >> 1) ^ 0xEDB8_8320 : crc >> 1 }
        }
        return ~crc
    }
}
