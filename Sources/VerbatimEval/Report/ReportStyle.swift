/// The inline style sheet of the HTML report (no external assets), and the legend that explains its colours.
enum ReportStyle {
    static let css = """
    body { font: 15px/1.5 "DejaVu Sans", "Segoe UI", Roboto, Helvetica, Arial, sans-serif; color: #1d1d1f;
           background: #f6f6f4; margin: 0 auto; max-width: 1180px; padding: 18px 28px 60px; }
    h1 { font-size: 23px; margin: 4px 0 2px; }
    h2 { font-size: 17px; margin: 0 0 4px; word-break: break-all; }
    .meta { color: #555; margin: 0 0 14px; }
    table { border-collapse: collapse; background: #fff; }
    th, td { padding: 3px 9px; border-bottom: 1px solid #e2e2e2; text-align: right; vertical-align: top; }
    th:first-child, td:first-child { text-align: left; }
    th { background: #ecebe6; font-weight: 600; }
    .headline td.big { font-size: 20px; font-weight: 700; }
    .unscored { color: #8a4b00; }
    .legend { display: flex; flex-wrap: wrap; gap: 8px 16px; margin: 14px 0; padding: 8px 12px; background: #fff;
              border: 1px solid #ddd; }
    .legend span.key { padding: 1px 6px; }
    .index-legend { font-size: 13px; color: #444; margin: 10px 0 4px; }
    nav.index { columns: 3 260px; font-size: 13px; margin: 10px 0 18px; }
    nav.index div { display: flex; gap: 6px; break-inside: avoid; }
    nav.index a { color: #174ea6; text-decoration: none; flex: 1; min-width: 0; overflow: hidden;
                  text-overflow: ellipsis; white-space: nowrap; }
    nav.index .n { color: #666; white-space: nowrap; }
    .bodies { display: flex; gap: 14px; }
    .bodies div { flex: 1; min-width: 0; white-space: pre-wrap; font-size: 13px; max-height: 320px; overflow-y: auto;
                  border: 1px solid #eee; padding: 6px 8px; }
    section.article { background: #fff; border: 1px solid #d8d8d8; border-radius: 4px; margin: 18px 0;
                      padding: 12px 16px; }
    .counts { font-size: 13px; color: #444; margin: 0 0 8px; }
    .counts b { display: inline-block; min-width: 1.2em; text-align: right; }
    .text { white-space: pre-wrap; font: 15px/1.75 "DejaVu Serif", Georgia, serif; border-top: 1px solid #eee;
            padding-top: 8px; overflow-wrap: anywhere; }
    table.quotes { font-size: 12.5px; margin-top: 10px; width: 100%; }
    table.quotes td, table.quotes th { text-align: left; }
    table.quotes td.status { white-space: nowrap; font-weight: 600; }
    .p-q { border-bottom: 2px solid #2456b8; }
    .p-spur { background: #e6d6ff; color: #5b1fa6; border-bottom: 2px dashed #7b3fc4; }
    .g-bp { color: #8d8d8d; }
    .p-bp { text-decoration: line-through #777; }
    .g-only { background: #dde6f3; }
    .g-ok { background: #c8efc4; }
    .g-spk { background: #ffdc7a; }
    .g-miss { background: #ffc2c2; }
    .g-sp { font-weight: 700; box-shadow: inset 0 0 0 1px #333; }
    .p-sp { color: #0b4fb3; text-decoration: underline wavy #0b4fb3; }
    .g-cue { font-style: italic; box-shadow: inset 0 -2px 0 0 #333; }
    .p-cue { color: #0b4fb3; text-decoration: overline #0b4fb3; }
    tr.s-missed td.status { color: #b3261e; }
    tr.s-spurious td.status { color: #6b2fb3; }
    tr.s-misattributed td.status { color: #9a6700; }
    tr.s-matched td.status { color: #1e7b34; }
    pre.table { background: #fff; border: 1px solid #ddd; padding: 8px 12px; font-size: 12.5px; overflow-x: auto; }
    """

    /// The legend: one sample per class (`HTMLReport.legend` shows those that apply).
    static let legend: [(cssClass: String, label: String)] = [
        ("g-ok", "gold quote, matched"),
        ("g-spk", "gold quote, matched, wrong speaker"),
        ("g-miss", "gold quote, missed"),
        ("p-spur", "predicted quote, spurious"),
        ("p-q", "predicted quote extent"),
        ("g-only", "gold quote (not scored)"),
        ("g-sp", "gold speaker"),
        ("p-sp", "predicted speaker"),
        ("g-cue", "gold cue"),
        ("p-cue", "predicted cue"),
        ("g-bp", "gold boilerplate"),
        ("p-bp", "predicted boilerplate"),
    ]
}
