/// The one style sheet of Tally's pages, inlined in each: readable from a phone's width up, and a
/// print style that lays the page on A4 without splitting a chart, a map or a table row.
enum HTMLStyle {
    typealias P = HTMLPalette

    static let sheet = """
        :root{color-scheme:light}
        *{box-sizing:border-box}
        html{-webkit-text-size-adjust:100%;text-size-adjust:100%}
        body{margin:0;background:\(P.paper);color:\(P.ink);font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","Liberation Sans",Arial,sans-serif}
        .page{max-width:68rem;margin:0 auto;padding:1rem 1.25rem 2rem}
        h1{font-size:1.8rem;line-height:1.2;margin:.75rem 0 .25rem}
        h2{font-size:1.3rem;line-height:1.25;margin:2.25rem 0 .75rem;padding-top:.6rem;border-top:2px solid \(P.ink)}
        h3{font-size:1.05rem;margin:1.5rem 0 .5rem}
        p{margin:.5rem 0;max-width:48rem}
        a{color:\(P.link)}
        .lede{font-size:1.05rem;margin:.25rem 0 .75rem}
        .muted,.about dt{color:\(P.muted)}
        .about{display:grid;grid-template-columns:max-content 1fr;gap:.1rem 1rem;margin:.75rem 0;font-size:.9rem}
        .about dd{margin:0;overflow-wrap:anywhere}
        nav ul{display:flex;flex-wrap:wrap;gap:.25rem 1.25rem;list-style:none;margin:.75rem 0;padding:.5rem 0;border-top:1px solid \(P.rule);border-bottom:1px solid \(P.rule);font-size:.95rem}
        .figures{display:grid;grid-template-columns:repeat(auto-fit,minmax(11rem,1fr));gap:.75rem;margin:1rem 0;padding:0;list-style:none}
        .figures li{border:1px solid \(P.rule);border-radius:6px;padding:.6rem .9rem;background:\(P.band)}
        .figures .value{display:block;font-size:2.1rem;font-weight:700;line-height:1.1;font-variant-numeric:tabular-nums}
        .figures .label{display:block;font-weight:600}
        .figures .change{display:block;font-size:.875rem;color:\(P.ink)}
        .words p{font-size:1.05rem}
        .table-wrap{overflow-x:auto;margin:.5rem 0 1rem;position:relative}
        table{border-collapse:collapse;font-variant-numeric:tabular-nums;width:100%}
        caption{text-align:left;font-weight:600;padding:0 0 .4rem}
        th,td{padding:.35rem .55rem;border-bottom:1px solid \(P.rule);text-align:left;vertical-align:top}
        thead th{border-bottom:2px solid \(P.ink);font-weight:600;white-space:nowrap;vertical-align:bottom}
        thead th[scope=colgroup]{border-bottom:1px solid \(P.rule);text-align:center}
        tbody th{font-weight:400}
        .num{text-align:right;white-space:nowrap}
        tr.side th{padding-left:1.6rem}
        tfoot th,tfoot td{font-weight:600;border-top:2px solid \(P.ink);border-bottom:0}
        .sig{font-weight:700}
        .nodata{color:\(P.muted);font-style:italic}
        .visually-hidden{position:absolute;width:1px;height:1px;margin:-1px;padding:0;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap;border:0}
        figure{margin:1rem 0}
        figure svg{display:block;width:100%;height:auto}
        figcaption{font-size:.9rem;margin-top:.4rem}
        .map-scroll{overflow-x:auto}
        .map-scroll svg{min-width:34rem}
        .map .province{stroke:#b4b4b4;stroke-width:.6}
        .map .outline{fill:none;stroke:\(P.ink);stroke-width:1.2}
        .map .q0{fill:\(P.mapNone)}.map .q1{fill:\(P.mapClasses[0])}.map .q2{fill:\(P.mapClasses[1])}.map .q3{fill:\(P.mapClasses[2])}.map .q4{fill:\(P.mapClasses[3])}.map .q5{fill:\(P.mapClasses[4])}
        .map .neighbour{fill:\(P.mapNeighbour)}
        .map .border{fill:none;stroke:\(P.mapBorder);stroke-width:1.3;stroke-linejoin:round}
        .map .deaths{fill:\(P.fatalities);fill-opacity:.55;stroke:#7a3600;stroke-width:1}
        .map .measure{fill:\(P.measures);stroke:\(P.paper);stroke-width:1}
        .map text{font-size:12px;fill:\(P.ink);stroke:\(P.paper);stroke-width:3px;stroke-linejoin:round;paint-order:stroke}
        .map text.active{font-weight:700;font-size:13px}
        .map text.country{font-size:13px;letter-spacing:.12em;fill:\(P.muted)}
        .legend{display:flex;flex-wrap:wrap;gap:.35rem 1.5rem;list-style:none;padding:0;margin:.5rem 0;font-size:.85rem;align-items:center}
        .legend li{display:flex;align-items:center;gap:.35rem}
        .legend svg{display:inline-block;width:auto;height:1.1rem;vertical-align:middle}
        .chart .axis{stroke:\(P.ink);stroke-width:1}
        .chart .grid{stroke:\(P.rule);stroke-width:1;stroke-dasharray:2 3}
        .chart text{font-size:11px;fill:\(P.ink)}
        .chart .incidents{fill:\(P.incidents)}.chart .fatalities{fill:\(P.fatalities)}.chart .base{fill:\(P.base)}
        .spark{display:block;width:6.5rem;height:1.3rem}
        .spark rect{fill:\(P.incidents)}.spark line{stroke:\(P.rule);stroke-width:1}
        .unmapped{margin:.25rem 0 1rem;padding-left:1.25rem}
        .events td:first-child{white-space:nowrap}
        .events th:nth-child(3){width:38%}.events th:nth-child(5){width:22%}
        .events .note{font-size:.875rem;color:\(P.muted);margin:.25rem 0 0}
        .events .links a{margin-right:.6rem;overflow-wrap:anywhere}
        .notes li{margin:.3rem 0}
        details{margin:.25rem 0 1rem}
        summary{cursor:pointer;color:\(P.link)}
        footer{margin-top:3rem;padding-top:.75rem;border-top:1px solid \(P.rule);font-size:.85rem;color:\(P.muted)}
        @media (max-width:40rem){body{font-size:15px}.page{padding:.75rem}h1{font-size:1.45rem}.figures{grid-template-columns:repeat(2,1fr)}.figures .value{font-size:1.7rem}th,td{padding:.3rem .35rem}.about{grid-template-columns:1fr}.about dd{margin-bottom:.35rem}}
        @media print{
        @page{size:A4;margin:14mm 12mm 15mm}
        body{font-size:9.5pt;line-height:1.4}
        .page{max-width:none;padding:0}
        nav,details{display:none}
        h1{font-size:17pt;margin-top:0}
        h2{font-size:13pt;margin-top:1.2rem;break-after:avoid;page-break-after:avoid}
        h3{break-after:avoid;page-break-after:avoid}
        figure,.figures,.figures li,tr,.legend,.signals li,.unmapped{break-inside:avoid;page-break-inside:avoid}
        .figures{grid-template-columns:repeat(4,1fr)}
        .figures .value{font-size:18pt}
        thead{display:table-header-group}
        .table-wrap,.map-scroll{overflow:visible}
        .map-scroll svg{min-width:0;max-height:112mm}
        a{color:\(P.ink)}
        .events .links a:first-child::after{content:" " attr(href);font-size:7pt;color:\(P.muted);overflow-wrap:anywhere}
        .events .note{font-size:8pt}
        .events th:nth-child(3){width:36%}.events th:nth-child(5){width:30%}
        *{-webkit-print-color-adjust:exact;print-color-adjust:exact}
        }
        """
}
