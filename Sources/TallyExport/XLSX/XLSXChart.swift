internal import CXLSXWriter

/// A native Excel chart of an ``XLSXWorkbook``, filled with series over cell ranges.
public final class XLSXChart {
    /// The chart types Tally draws.
    public enum Kind: Sendable {
        case line
        case column
        case stackedColumn

        var libraryType: UInt8 {
            switch self {
            case .line: UInt8(LXW_CHART_LINE.rawValue)
            case .column: UInt8(LXW_CHART_COLUMN.rawValue)
            case .stackedColumn: UInt8(LXW_CHART_COLUMN_STACKED.rawValue)
            }
        }
    }

    let pointer: UnsafeMutablePointer<lxw_chart>
    var scale: (x: Double, y: Double) = (1.5, 1.2)

    init(pointer: UnsafeMutablePointer<lxw_chart>) {
        self.pointer = pointer
    }

    /// Adds a series: its name, category cells (the x axis) and value cells, as references made
    /// by ``XLSXSheet/reference(_:)``.
    public func addSeries(name: String, categories: String, values: String) {
        let series = chart_add_series(pointer, categories, values)
        chart_series_set_name(series, name)
    }

    /// The chart's title.
    public func setTitle(_ title: String) {
        chart_title_set_name(pointer, title)
    }

    /// Names the axes.
    public func setAxisNames(x: String?, y: String?) {
        if let x { chart_axis_set_name(pointer.pointee.x_axis, x) }
        if let y { chart_axis_set_name(pointer.pointee.y_axis, y) }
    }

    /// Shows the category axis as months (`Jan 2025`): category cells must hold real dates.
    public func showCategoriesAsMonths() {
        chart_axis_set_num_format(pointer.pointee.x_axis, "mmm yyyy")
    }

    /// Scales the chart from Excel's default 480 x 288 pixels.
    public func setScale(x: Double, y: Double) {
        scale = (x, y)
    }
}
