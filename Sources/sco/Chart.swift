import ArgumentParser
import Foundation
import SCOModel
import SCOTerminal
import SCOView

struct Chart: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "chart",
        abstract: "Draw the membership chart or the events per year, as text or as an SVG picture.",
        discussion: """
            members: a row a state in order of joining, a column a year (or a span of years), each \
            cell the state's status at the end of the year; ◆ marks the year it took the chair.
            events: the timeline's events per year.
            The SVG is self-contained (no fonts or images embedded) and goes to standard output.

            Examples:
              sco chart members                       the chart as text
              sco chart members --format svg > sco-members.svg
              sco chart events --format svg > events.svg
            """
    )

    enum Subject: String, ExpressibleByArgument, CaseIterable {
        case members, events
    }

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, svg
    }

    @Argument(help: "What to draw: members or events.")
    var subject: Subject

    @Option(name: .long, help: "Output format: text (the browser's chart, for a terminal or a pipe) or svg (a picture).")
    var format: Format = .text

    @Flag(name: .long, help: "Draw the text chart with ASCII only (automatic when the locale is not UTF-8).")
    var ascii = false

    @OptionGroup var chronicle: ChronicleOptions
    @OptionGroup var layout: WidthOption

    func run() throws {
        let store = try chronicle.open()
        // The browser's rule for the locale, so a pipe gets what the screen would.
        let ascii = ascii || !Terminal.chooseLocale(ProcessInfo.processInfo.environment)
        let width = layout.width ?? Output.terminalWidth
        switch (subject, format) {
        case (.members, .svg): Output.write(ChartSVG.membership(MembershipChart(catalog: store), title: store.title))
        case (.events, .svg): Output.write(ChartSVG.events(store.timelineYears, title: store.title))
        case (.members, .text):
            Output.write(ChartText.membership(MembershipChart(catalog: store), title: store.title, width: width, ascii: ascii).map { $0 + "\n" }.joined())
        case (.events, .text):
            Output.write(ChartText.events(store.timelineYears, title: store.title, width: width, ascii: ascii).map { $0 + "\n" }.joined())
        }
    }
}
