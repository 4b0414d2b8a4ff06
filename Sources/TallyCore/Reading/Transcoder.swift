#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Turns the bytes of a text in another encoding into UTF-8 as they are read, with iconv.
///
/// One owner of the iconv descriptor and of a small buffer of converted bytes: the block reader
/// asks it for bytes as it would ask a file, so a transcoded file streams like any other, in
/// flat memory.
package final class Transcoder {
    /// The encoding read.
    package let encoding: TextEncoding
    private let descriptor: iconv_t
    /// Bytes in the source encoding not yet converted.
    private var input: [UInt8] = []
    private var inputStart = 0
    /// Converted bytes not yet handed out.
    private var output: [UInt8] = Array(repeating: 0, count: 1 << 16)
    private var outputStart = 0
    private var outputEnd = 0
    private var sourceEnded = false
    /// Bytes of the source converted so far.
    package private(set) var bytesConverted = 0

    /// Why the text cannot be converted.
    package enum Failure: Error, Equatable {
        /// The byte at this offset of the source (0-based) is not a character of the encoding,
        /// or the source ends inside a character.
        case invalid(offset: Int)
        /// iconv does not know the encoding on this system.
        case unsupported
    }

    /// A transcoder from `encoding`, fed first with `initial` (bytes already read).
    package init(from encoding: TextEncoding, initial: UnsafeRawBufferPointer) throws(Failure) {
        self.encoding = encoding
        let descriptor = iconv_open("UTF-8", encoding.iconvName)
        guard let descriptor, descriptor != iconv_t(bitPattern: -1) else { throw .unsupported }
        self.descriptor = descriptor
        input = Array(initial)
    }

    deinit {
        iconv_close(descriptor)
    }

    /// Writes converted bytes into `space`, reading the source with `read` (which returns the
    /// bytes it wrote, 0 at the end) as needed; 0 at the end of the text.
    package func fill(
        _ space: UnsafeMutableRawBufferPointer,
        reading read: (UnsafeMutableRawBufferPointer) throws(ByteBlockReader.ReadFailure) -> Int
    ) throws(ByteBlockReader.ReadFailure) -> Int {
        while outputStart == outputEnd {
            if inputStart == input.count || (!sourceEnded && input.count - inputStart < 4) {
                if sourceEnded {
                    guard inputStart == input.count else {
                        throw .undecodable(encoding, offset: bytesConverted)
                    }
                    return 0
                }
                // Keep the unconverted tail (a character cut by the block's end) and read more.
                input.removeFirst(inputStart)
                inputStart = 0
                let kept = input.count
                input += repeatElement(0, count: 1 << 16)
                var n = 0
                var failure: ByteBlockReader.ReadFailure?
                input.withUnsafeMutableBytes { all in
                    do throws(ByteBlockReader.ReadFailure) {
                        n = try read(UnsafeMutableRawBufferPointer(rebasing: all[kept...]))
                    } catch { failure = error }
                }
                if let failure { throw failure }
                input.removeLast((1 << 16) - n)
                if n == 0 { sourceEnded = true }
                if inputStart == input.count { continue }
            }
            try convert()
        }
        let count = min(space.count, outputEnd - outputStart)
        output.withUnsafeBytes { bytes in
            space.baseAddress!.copyMemory(
                from: bytes.baseAddress! + outputStart, byteCount: count)
        }
        outputStart += count
        return count
    }

    /// Converts what the input holds into the emptied output buffer.
    private func convert() throws(ByteBlockReader.ReadFailure) {
        outputStart = 0
        outputEnd = 0
        let before = inputStart
        var failure: Int32 = 0
        input.withUnsafeMutableBytes { source in
            output.withUnsafeMutableBytes { target in
                var inPointer: UnsafeMutablePointer<CChar>? =
                    (source.baseAddress! + inputStart).assumingMemoryBound(to: CChar.self)
                var inLeft = source.count - inputStart
                var outPointer: UnsafeMutablePointer<CChar>? =
                    target.baseAddress!.assumingMemoryBound(to: CChar.self)
                var outLeft = target.count
                if iconv(descriptor, &inPointer, &inLeft, &outPointer, &outLeft) == -1 {
                    failure = errno
                }
                inputStart = source.count - inLeft
                outputEnd = target.count - outLeft
            }
        }
        bytesConverted += inputStart - before
        switch failure {
        case 0, E2BIG: return
        case EINVAL:
            // A character cut by the end of what was read: more is read unless the text ended.
            if sourceEnded && outputEnd == 0 {
                throw .undecodable(encoding, offset: bytesConverted)
            }
        default:
            throw .undecodable(encoding, offset: bytesConverted)
        }
    }
}
