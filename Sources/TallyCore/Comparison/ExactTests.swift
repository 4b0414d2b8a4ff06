#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Exact tests and intervals for counts, computed in log space so that large counts neither
/// overflow nor underflow.
public enum ExactTests {
    /// The tests kept at a false discovery rate (Benjamini–Hochberg): with the p-values sorted,
    /// the largest k whose p-value is at most k / m × `rate`, and every test up to it. Their
    /// indexes in `pValues`.
    public static func benjaminiHochberg(_ pValues: [Double], rate: Double) -> Set<Int> {
        let order = pValues.indices.sorted { pValues[$0] < pValues[$1] }
        let m = Double(pValues.count)
        let last = order.indices.last { rank in
            pValues[order[rank]] <= Double(rank + 1) / m * rate
        }
        guard let last else { return [] }
        return Set(order[...last])
    }

    /// The two-sided exact binomial test of `successes` out of `trials` against probability `p`,
    /// as R's `binom.test` and SciPy's `binomtest` compute it: the sum of the probabilities of
    /// every outcome no more likely than the observed one (with their relative tolerance 1e-7).
    ///
    /// The distribution rises to its mode and falls after it, so the outcomes no more likely than
    /// the observed one form two tails; each tail's edge is found by bisection and the tail is
    /// summed outward until its terms no longer matter.
    ///
    /// - Complexity: O(√trials + log trials), whatever the counts.
    public static func binomialTwoSidedPValue(
        successes k: Int, trials n: Int, probability p: Double
    ) -> Double {
        precondition(k >= 0 && k <= n && p > 0 && p < 1)
        if n == 0 { return 1 }
        let logP = log(p)
        let logQ = log1p(-p)
        func logPMF(_ x: Int) -> Double { logBinomialPMF(x, n, logP, logQ) }
        let threshold = logPMF(k) + log1p(1e-7)
        let mode = Swift.min(n, Int((Double(n + 1) * p).rounded(.down)))
        var total = -Double.infinity
        var lowerTailEnd = -1

        // Lower tail: the largest x <= mode as unlikely as k, then everything below it.
        if logPMF(0) <= threshold {
            var low = 0
            var high = mode
            while low < high {  // invariant: logPMF(low) <= threshold
                let middle = (low + high + 1) / 2
                if logPMF(middle) <= threshold { low = middle } else { high = middle - 1 }
            }
            total = logAdd(total, sumOutward(from: low, step: -1, n: n, logP: logP, logQ: logQ))
            lowerTailEnd = low
        }
        // Upper tail: the smallest x >= mode as unlikely as k, then everything above it.
        if logPMF(n) <= threshold {
            var low = mode
            var high = n
            while low < high {  // invariant: logPMF(high) <= threshold
                let middle = (low + high) / 2
                if logPMF(middle) <= threshold { high = middle } else { low = middle + 1 }
            }
            // When k is the mode itself, both tails reach it: count it once.
            let start = Swift.max(high, lowerTailEnd + 1)
            if start <= n {
                total = logAdd(
                    total, sumOutward(from: start, step: 1, n: n, logP: logP, logQ: logQ))
            }
        }
        return Swift.min(1, exp(total))
    }

    /// log of the sum of the probabilities from `start` outward (down to 0 or up to n), stopping
    /// once a term is below 1e-22 of the sum.
    private static func sumOutward(
        from start: Int, step: Int, n: Int, logP: Double, logQ: Double
    ) -> Double {
        let logOdds = logP - logQ
        var x = start
        var term = logBinomialPMF(x, n, logP, logQ)
        var sum = term
        while true {
            let next = x + step
            guard next >= 0 && next <= n else { break }
            term +=
                step > 0
                ? log(Double(n - x) / Double(x + 1)) + logOdds
                : log(Double(x) / Double(n - x + 1)) - logOdds
            x = next
            sum = logAdd(sum, term)
            if term < sum - 50 { break }
        }
        return sum
    }

    /// The exact (Clopper-Pearson) confidence interval of a binomial proportion.
    public static func clopperPearson(
        successes k: Int, trials n: Int, confidence: Double = 0.95
    ) -> ClosedRange<Double> {
        precondition(k >= 0 && k <= n && n > 0)
        let alpha = 1 - confidence
        let lower = k == 0 ? 0 : inverseRegularizedBeta(alpha / 2, Double(k), Double(n - k + 1))
        let upper = k == n ? 1 : inverseRegularizedBeta(1 - alpha / 2, Double(k + 1), Double(n - k))
        return lower...upper
    }

    /// log of the binomial probability of `k` in `n` trials.
    static func logBinomialPMF(_ k: Int, _ n: Int, _ logP: Double, _ logQ: Double) -> Double {
        lgamma(Double(n + 1)) - lgamma(Double(k + 1)) - lgamma(Double(n - k + 1)) + Double(k) * logP
            + Double(n - k) * logQ
    }

    /// log(exp(a) + exp(b)) without overflow.
    static func logAdd(_ a: Double, _ b: Double) -> Double {
        if a == -.infinity { return b }
        if b == -.infinity { return a }
        let high = Swift.max(a, b)
        return high + log1p(exp(-abs(a - b)))
    }

    /// The regularized incomplete beta function I_x(a, b), by Lentz's continued fraction.
    static func regularizedBeta(_ x: Double, _ a: Double, _ b: Double) -> Double {
        if x <= 0 { return 0 }
        if x >= 1 { return 1 }
        let logFront = lgamma(a + b) - lgamma(a) - lgamma(b) + a * log(x) + b * log1p(-x)
        if x > (a + 1) / (a + b + 2) {
            return 1 - regularizedBeta(1 - x, b, a)
        }
        let tiny = 1e-300
        var c = 1.0
        var d = 1 - (a + b) * x / (a + 1)
        if abs(d) < tiny { d = tiny }
        d = 1 / d
        var fraction = d
        for m in 1...10_000 {
            let m = Double(m)
            let even = m * (b - m) * x / ((a + 2 * m - 1) * (a + 2 * m))
            d = 1 + even * d
            if abs(d) < tiny { d = tiny }
            c = 1 + even / c
            if abs(c) < tiny { c = tiny }
            d = 1 / d
            fraction *= d * c
            let odd = -(a + m) * (a + b + m) * x / ((a + 2 * m) * (a + 2 * m + 1))
            d = 1 + odd * d
            if abs(d) < tiny { d = tiny }
            c = 1 + odd / c
            if abs(c) < tiny { c = tiny }
            d = 1 / d
            let step = d * c
            fraction *= step
            if abs(step - 1) < 1e-15 { break }
        }
        return exp(logFront) * fraction / a
    }

    /// The x with I_x(a, b) = probability, by bisection (monotone, so it cannot fail).
    static func inverseRegularizedBeta(_ probability: Double, _ a: Double, _ b: Double) -> Double {
        var low = 0.0
        var high = 1.0
        for _ in 0..<200 {
            let middle = (low + high) / 2
            if regularizedBeta(middle, a, b) < probability { low = middle } else { high = middle }
            if high - low < 1e-15 * Swift.max(middle, 1e-300) { break }
        }
        return (low + high) / 2
    }
}
