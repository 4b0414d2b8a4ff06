#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// The colours of Tally's pages: Okabe and Ito's colour-blind-safe set for the series, ColorBrewer's
/// single-hue Blues for the map's classes, and greys for text and rules. Every pair a reader must
/// tell apart passes WCAG 2.1 AA: 4.5:1 for text, 3:1 for marks against their background
/// (``contrast(_:_:)``; HTMLPaletteTests holds them to it).
package enum HTMLPalette {
    package static let ink = "#1a1a1a"
    package static let muted = "#595959"
    package static let paper = "#ffffff"
    package static let band = "#f2f4f6"
    package static let rule = "#c8c8c8"
    package static let link = "#0a58a0"
    /// Incidents: Okabe–Ito blue.
    package static let incidents = "#0072b2"
    /// Fatalities: Okabe–Ito vermillion.
    package static let fatalities = "#d55e00"
    /// Measures: Okabe–Ito bluish green, darkened to 3:1 against white.
    package static let measures = "#008060"
    /// The base period of a comparison: a mid grey.
    package static let base = "#8c8c8c"

    /// The map's incident classes, lightest first (ColorBrewer Blues), and the fill of a
    /// province without incidents.
    package static let mapClasses = ["#c6dbef", "#9ecae1", "#6baed6", "#3182bd", "#08519c"]
    package static let mapNone = "#fafafa"
    package static let mapNeighbour = "#e2e2e2"
    package static let mapBorder = "#404040"
    package static let mapFrame = "#eef2f5"

    /// The WCAG 2.1 contrast ratio of two `#rrggbb` colours, 1 to 21.
    package static func contrast(_ first: String, _ second: String) -> Double {
        let (a, b) = (luminance(first), luminance(second))
        return (max(a, b) + 0.05) / (min(a, b) + 0.05)
    }

    /// The relative luminance of a `#rrggbb` colour.
    package static func luminance(_ colour: String) -> Double {
        let hex = colour.dropFirst()
        let channels = stride(from: 0, to: 6, by: 2).map { offset -> Double in
            let start = hex.index(hex.startIndex, offsetBy: offset)
            let value =
                Double(Int(hex[start..<hex.index(start, offsetBy: 2)], radix: 16) ?? 0) / 255
            return value <= 0.04045 ? value / 12.92 : pow((value + 0.055) / 1.055, 2.4)
        }
        return 0.2126 * channels[0] + 0.7152 * channels[1] + 0.0722 * channels[2]
    }
}
