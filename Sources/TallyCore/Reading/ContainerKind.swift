/// A file that is not text, recognised by its first bytes: a ZIP archive (an `.xlsx` workbook is
/// one), or an OLE compound file (an Excel 97-2003 workbook, or a password-protected workbook of
/// any age, which Excel stores encrypted inside one).
enum ContainerKind: Equatable {
    case zip
    /// An OLE compound file that holds an encrypted package: a workbook with a password.
    case encryptedWorkbook
    /// Any other OLE compound file: an `.xls` workbook, a `.doc`.
    case legacyOffice

    /// The container the bytes at the start of an input are, with as much of the input as has
    /// been read (to look for the encrypted package's name); `nil` for anything else.
    init?(bytes: UnsafeRawBufferPointer) {
        if bytes.starts(with: [0x50, 0x4B, 0x03, 0x04])
            || bytes.starts(with: [0x50, 0x4B, 0x05, 0x06])
        {
            self = .zip
        } else if bytes.starts(with: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) {
            // The directory names the encrypted stream "EncryptedPackage", in UTF-16LE.
            let name: [UInt8] = Array("EncryptedPackage".utf8).flatMap { [$0, 0] }
            let holdsName =
                bytes.count >= name.count
                && (0...(bytes.count - name.count)).contains { offset in
                    name.indices.allSatisfy { bytes[offset + $0] == name[$0] }
                }
            self = holdsName ? .encryptedWorkbook : .legacyOffice
        } else {
            return nil
        }
    }

    /// Why Tally does not read it, and what to do.
    var refusal: String {
        switch self {
        case .zip: "is a ZIP archive"
        case .encryptedWorkbook:
            "is a password-protected (encrypted) workbook: Tally cannot read it; remove the password in Excel (File > Info > Protect Workbook) or save the sheet as .xlsx without one"
        case .legacyOffice:
            "is an Excel 97-2003 workbook (.xls) or another OLE document: save it as .xlsx or CSV first"
        }
    }
}
