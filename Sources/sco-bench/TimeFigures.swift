import SCOCore
import SCOView

/// Working by time at scale: the histogram strip's draw, going to a date, and stepping
/// through years, each per key through update and render as the browser does them.
enum TimeFigures {
    static func run(_ opened: State, scale: String) {
        var hidden = opened
        press(.character("H"), &hidden)
        let shown = opened
        let with = Measure.samples(400) { _ = render(shown) }
        let without = Measure.samples(400) { _ = render(hidden) }
        let cost = Measure.percentile(with, 0.5) - Measure.percentile(without, 0.5)
        report("histogram strip, render with and without it, \(scale), 80×24",
               "\(Measure.format(Measure.percentile(with, 0.5))) and \(Measure.format(Measure.percentile(without, 0.5))) (strip ≈ \(Measure.format(max(0, cost))))",
               "strip < 5 ms at 1M")

        var perKey: [Double] = []
        for _ in 0..<50 {
            var s = opened
            for key in [Key.character(":"), .character("2"), .character("0"), .character("1"), .character("0"), .enter] {
                perKey += Measure.samples(1) { press(key, &s) }
            }
        }
        report("go to a date, per key of \":2010⏎\", \(scale)",
               "p50 \(Measure.format(Measure.percentile(perKey, 0.5))), p95 \(Measure.format(Measure.percentile(perKey, 0.95)))", "p95 < 50 ms at 1M")

        var s = opened
        var forward = true
        let steps = Measure.samples(400) {
            press(.character(forward ? "}" : "{"), &s)
            if s.message != nil { forward.toggle() }
        }
        report("next or previous year ({ }), \(scale)",
               "p50 \(Measure.format(Measure.percentile(steps, 0.5))), p95 \(Measure.format(Measure.percentile(steps, 0.95)))", "")
    }
}
