import TallyCore
import TallyStore

/// What a reading command reads: the `-i` paths (or the default dataset), or a store with the
/// `-i` paths beside it, counted on the server where the command can be.
struct CommandSource: PushdownSource {
    let input: InputOptions
    let store: StoreSource?

    init(_ input: InputOptions) {
        self.input = input
        // Checked in validate(): a bad URL never gets this far.
        store = (try? input.store.address()).flatMap { $0 }.map { address in
            StoreSource(address: address, files: (try? input.resolved()) ?? InputSet([]))
        }
    }

    func recordStreams() throws(InputError) -> [RecordStream] {
        if let store {
            _ = try input.resolved()
            return try store.recordStreams()
        }
        return try input.resolved().recordStreams()
    }

    func aggregate(
        _ request: AggregationRequest, options: ReadOptions
    ) throws(InputError) -> AggregationResult? {
        try store?.aggregate(request, options: options)
    }

    func compare(_ request: ComparisonRequest, options: ReadOptions) throws -> PeriodComparison? {
        try store?.compare(request, options: options)
    }

    func streamFailure() -> InputError? {
        store?.streamFailure()
    }
}
