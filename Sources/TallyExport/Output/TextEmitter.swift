/// An emitter whose output is text, written to a stream: a file or standard output.
///
/// The text is a function of the subject alone, so the same subject gives the same bytes.
public protocol TextEmitter<Subject>: Emitter {
    /// The whole output.
    func text(_ subject: Subject) -> String
}

extension TextEmitter {
    /// Text goes to a stream.
    public var writesByPath: Bool { false }

    /// Writes the whole text to the output.
    public func emit(_ subject: Subject, to output: OutputFile) throws {
        try output.write(text(subject))
    }
}
