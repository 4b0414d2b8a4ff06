import PropertyBased
import Testing

@testable import TallyCore

/// Reference values from SciPy 1.17.1: `scipy.stats.binomtest(k, n, p).pvalue` and
/// `binomtest(k, n).proportion_ci(method='exact')` (Clopper-Pearson).
struct ExactTestsTests {
    @Test(arguments: [
        (7, 10, 0.5, 0.34375),
        (0, 5, 0.5, 0.0625),
        (5, 5, 0.5, 0.0625),
        (3, 40, 1.0 / 3, 0.0002813815414704957),
        (120, 200, 31.0 / 61, 0.010729905516785581),
        (1, 1, 0.5, 1.0),
        (500_000, 1_000_000, 0.5, 1.0),
        (510_000, 1_000_000, 0.5, 5.544363287708518e-89),
        (10, 12, 0.2, 4.526080000000003e-06),
        (2, 300, 0.5, 4.433009581033153e-86),
    ])
    func `the two-sided binomial test matches SciPy's binomtest`(
        k: Int, n: Int, p: Double, expected: Double
    ) {
        let value = ExactTests.binomialTwoSidedPValue(successes: k, trials: n, probability: p)
        #expect(abs(value - expected) <= 1e-9 + 1e-6 * expected, "got \(value)")
    }

    @Test(arguments: [
        (7, 10, 0.3475471499399921, 0.9332604888222655),
        (0, 5, 0.0, 0.5218237501049814),
        (5, 5, 0.47817624989501856, 1.0),
        (3, 40, 0.015742179851041527, 0.20386474873289898),
        (510_000, 1_000_000, 0.5090196862482065, 0.5109802558265646),
        (2, 300, 0.0008083864124312155, 0.02387349757217363),
    ])
    func `the Clopper-Pearson interval matches SciPy`(k: Int, n: Int, low: Double, high: Double) {
        let interval = ExactTests.clopperPearson(successes: k, trials: n)
        #expect(abs(interval.lowerBound - low) < 1e-9)
        #expect(abs(interval.upperBound - high) < 1e-9)
    }

    /// (base, current, base days, current days) -> p-value, rate ratio and its interval, from
    /// `binomtest(current, base + current, current_days / (base_days + current_days))` and the
    /// exact interval of current / (base + current) scaled by base_days / current_days.
    @Test(arguments: [
        (
            10, 25, 30, 31, 0.01717748108489451, 2.4193548387096775, 1.1222119099279615,
            5.644561161614877
        ),
        (7, 0, 31, 30, 0.01571322143988177, 0.0, 0.0, 0.7169411127664685),
        (
            1098, 364, 366, 181, 1.0497229895555216e-11, 0.6703499079189688, 0.5937735923764738,
            0.755404416811174
        ),
        (
            40_000, 41_000, 365, 365, 0.0004478218231375636, 1.0250000000000001, 1.0109534782820582,
            1.0392422932928567
        ),
    ])
    func `rate ratios compare daily rates of periods of any length`(
        base: Int, current: Int, baseDays: Int, currentDays: Int, p: Double, ratio: Double,
        low: Double, high: Double
    ) throws {
        let change = MetricChange.between(
            base: base, current: current, baseDays: baseDays, currentDays: currentDays,
            isCount: true)
        #expect(abs(try #require(change.pValue) - p) <= 1e-12 + 1e-6 * p)
        #expect(abs(try #require(change.rateRatio) - ratio) < 1e-9)
        let interval = try #require(change.rateRatioInterval)
        #expect(abs(interval.lowerBound - low) < 1e-8 && abs(interval.upperBound - high) < 1e-8)
    }

    @Test func `base zero, current zero and both zero`() throws {
        // binomtest(4, 4, 31/59).pvalue = 0.12693993353833397
        let fromNothing = MetricChange.between(
            base: 0, current: 4, baseDays: 28, currentDays: 31, isCount: true)
        #expect(
            fromNothing.rateRatio == nil && fromNothing.rateRatioInterval == nil
                && fromNothing.changePercent == nil)
        #expect(abs(try #require(fromNothing.pValue) - 0.12693993353833397) < 1e-12)
        let nothing = MetricChange.between(
            base: 0, current: 0, baseDays: 30, currentDays: 31, isCount: true)
        #expect(nothing.pValue == 1 && nothing.change == 0)
        let deaths = MetricChange.between(
            base: 3, current: 9, baseDays: 30, currentDays: 31, isCount: false)
        #expect(deaths.pValue == nil && deaths.rateRatio != nil)
    }

    @Test
    func `swapping base and current negates the change and keeps the p-value for equal lengths`()
        async
    {
        await propertyCheck(count: 200, input: Gen.int(in: 0...400), Gen.int(in: 0...400)) { a, b in
            let forward = MetricChange.between(
                base: a, current: b, baseDays: 31, currentDays: 31, isCount: true)
            let backward = MetricChange.between(
                base: b, current: a, baseDays: 31, currentDays: 31, isCount: true)
            #expect(forward.change == -backward.change)
            #expect(abs(forward.pValue! - backward.pValue!) < 1e-12)
            #expect((0...1).contains(forward.pValue!))
        }
    }

    @Test func `p-values stay in 0 to 1 for periods of different lengths`() async {
        await propertyCheck(
            count: 200, input: Gen.int(in: 0...2_000), Gen.int(in: 0...2_000), Gen.int(in: 1...400)
        ) {
            a, b, days in
            let change = MetricChange.between(
                base: a, current: b, baseDays: days, currentDays: 365, isCount: true)
            #expect((0...1).contains(change.pValue!))
        }
    }

    @Test func `a false discovery rate keeps the tests a chance result would not explain`() {
        // Sorted: 0.005 ≤ 1/5 × 0.1, 0.01 ≤ 2/5 × 0.1, 0.03 ≤ 3/5 × 0.1, 0.04 ≤ 4/5 × 0.1; 0.2 > 0.1.
        #expect(
            ExactTests.benjaminiHochberg([0.01, 0.04, 0.03, 0.005, 0.2], rate: 0.10)
                == [0, 1, 2, 3])
        // One p of 0.04 among 16 regions tested: significant alone, chance among sixteen.
        let sixteen = [0.04] + Array(repeating: 0.6, count: 15)
        #expect(ExactTests.benjaminiHochberg(sixteen, rate: 0.10).isEmpty)
        #expect(ExactTests.benjaminiHochberg([0.04], rate: 0.10) == [0])
        #expect(ExactTests.benjaminiHochberg([], rate: 0.10).isEmpty)
    }
}
