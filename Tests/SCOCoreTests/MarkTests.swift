import Foundation
import Testing
@testable import SCOCore
import SCOModel
import TestSupport

/// `m`, the Marks pane, and the memory a session leaves for the next.
@Suite struct MarkTests {
    @Test func mMarksAndUnmarksAndTheMarksPaneListsThemInOrder() throws {
        var d = try Driver()
        d.press(.character("m"), .character("j"), .character("j"), .character("m"))
        #expect(d.state.marks.count == 2)
        let marked = d.state.marks.ids
        #expect(marked.first == "sco-founded")
        #expect(d.state.message?.hasPrefix("marked \(marked[1])") == true)
        d.press(.character("5"))
        #expect(d.state.pane == .marks)
        #expect(d.state.selectionOrdinal == (1, 2))
        #expect(d.state.selectedID == "sco-founded")
        d.press(.character("j"))
        #expect(d.state.selectedID == marked[1])
        // Unmarking in the Marks pane takes the row away.
        d.press(.character("m"))
        #expect(d.state.marks.ids == ["sco-founded"])
        #expect(d.state.selectionOrdinal == (1, 1))
        #expect(d.state.selectedID == "sco-founded")
        d.press(.character("m"))
        #expect(d.state.marks.isEmpty && d.state.selectedID == nil)
        d.press(.character("1"), .character("5"))
        #expect(d.state.pane == .timeline && d.state.message == "no marks: press m to mark a record")
    }

    @Test func tabCyclesThroughMarksOnlyWhileThereAreSome() throws {
        var d = try Driver()
        d.press(.tab, .tab, .tab, .tab, .tab)
        #expect(d.state.pane == .timeline)
        d.press(.character("3"), .character("m"), .character("1"))
        #expect(d.state.availablePanes == [.timeline, .institutions, .documents, .marks, .sources, .chart])
        d.press(.backTab, .backTab, .backTab)
        #expect(d.state.pane == .marks && d.state.selectedID == d.state.marks.ids.first)
        #expect(d.state.tabs(width: 120).dropLast(2).last?.label == "[5]Marks (1) ")
    }

    /// A record marked from its detail, through a link followed there.
    @Test func mInTheDetailMarksTheRecordShown() throws {
        var d = try Driver()
        d.press(.enter, .down, .enter)
        let followed = try #require(d.state.selectedID)
        #expect(d.state.focus == .detail && followed != "sco-founded")
        d.press(.character("m"))
        #expect(d.state.marks.ids == [followed])
    }

    @Test func marksAreExportedFromTheMarksPane() throws {
        var d = try Driver()
        d.press(.character("G"), .character("m"), .character("g"), .character("m"), .character("5"), .character("e"))
        #expect(d.state.exportInput.text == "sco-marks.csv" && d.state.exportInput.isSuggestion)
        let (_, effects) = update(d.state, .promptSubmit)
        // Typing replaces the suggested name; moving the cursor first keeps it.
        var typed = d
        typed.type("mine.md")
        #expect(typed.state.exportInput.text == "mine.md")
        var kept = d
        kept.press(.left)
        kept.type("x")
        #expect(kept.state.exportInput.text == "sco-marks.csxv")
        #expect(effects == [.export(.ids([Builtin.chronicle.events.last!.id, "sco-founded"]), .csv, path: "sco-marks.csv")])
    }

    @Test func upAndDownInTheSearchPromptRecallKeptSearches() throws {
        var d = try Driver()
        for query in ["tashkent", "charter", "tashkent"] {
            d.press(.character("/"))
            d.type(query)
            d.press(.enter)
        }
        #expect(d.state.recall.searches == ["tashkent", "charter"], "latest first, once each")
        d.press(.character("/"))
        d.type("sum")
        d.press(.up)
        #expect(d.state.search.query == "tashkent")
        #expect(d.state.pane == .results, "a recalled search is run as it would be typed")
        d.press(.up)
        #expect(d.state.search.query == "charter")
        d.press(.up)
        #expect(d.state.search.query == "charter" && d.state.message == "no older search")
        d.press(.down, .down)
        #expect(d.state.search.query == "sum", "past the latest comes back what was typed")
        d.press(.down)
        #expect(d.state.search.query == "sum")
        // Ctrl-N and Ctrl-P move through the results while typing.
        d.press(.up)
        let first = d.state.selectedID
        d.press(.control("n"))
        #expect(d.state.selectedID != first)
        d.press(.control("p"))
        #expect(d.state.selectedID == first)
    }

    @Test func aKeptSearchAsksToBeRemembered() throws {
        var d = try Driver()
        d.press(.character("/"))
        d.type("tashkent")
        let (state, effects) = update(d.state, .promptSubmit)
        #expect(effects == [.remember(Memory(marks: [], searches: ["tashkent"], place: state.memory.place))])
        let (_, markEffects) = update(state, .toggleMark)
        #expect(markEffects.count == 1)
    }

    @Test func memoryBringsBackMarksSearchesAndPlace() throws {
        var d = try Driver()
        d.press(.character("3"), .character("j"), .character("j"), .character("m"))
        d.press(.character("/"))
        d.type("summit")
        d.press(.enter)
        d.press(.character("2"), .character("G"))
        let memory = d.state.memory
        #expect(memory.place?.pane == "institutions")
        var fresh = State(catalog: d.store, size: d.state.size)
        fresh.remember(memory)
        #expect(fresh.pane == .institutions && fresh.selectedID == d.state.selectedID)
        #expect(fresh.marks == Marks(memory.marks) && fresh.recall.searches == ["summit"])
        // A place in Results, which a new session has not got, opens the record's own pane.
        d.press(.character("4"))
        var again = State(catalog: d.store, size: d.state.size)
        again.remember(d.state.memory)
        let id = try #require(d.state.selectedID)
        let entry = try #require(d.store.entries(ids: [id]).first)
        #expect(again.pane == Pane(entry.kind))
        #expect(again.selectedID == d.state.selectedID)
    }

    /// Marks of records the chronicle no longer has are dropped; a place that is gone leaves
    /// the cursor at the start.
    @Test func memoryOfAnotherChronicleIsIgnoredQuietly() throws {
        let d = try Driver()
        var state = State(catalog: d.store, size: d.state.size)
        state.remember(Memory(marks: ["gone", "sco-founded", "also-gone"], searches: [], place: .init(pane: "marks", record: "gone")),
                       warning: "damaged")
        #expect(state.marks.ids == ["sco-founded"])
        #expect(state.pane == .timeline && state.selectedID == "sco-founded")
        #expect(state.message == "damaged")
    }
}

/// A refused name comes back in the prompt to be changed, not typed again; a written file is
/// named by its whole path.
@Suite struct RefusedExportNameTests {
    @Test(arguments: ["taken.csv", "folder", "missing/x.csv"])
    func aRefusedNameStaysInThePrompt(_ name: String) throws {
        var d = try Driver()
        try FileManager.default.createDirectory(at: d.scratch.url.appendingPathComponent("folder.csv"), withIntermediateDirectories: true)
        try Data("old".utf8).write(to: d.scratch.url.appendingPathComponent("taken.csv"))
        d.press(.character("e"), .control("u"))
        d.type(name == "folder" ? "folder.csv" : name)
        d.press(.enter)
        #expect(d.state.mode == .exportPrompt, "\(name): \(d.state.message ?? "")")
        #expect(d.state.exportInput.text == (name == "folder" ? "folder.csv" : name) && d.state.message?.hasPrefix("not written") == true)
        #expect(try String(contentsOf: d.scratch.url.appendingPathComponent("taken.csv"), encoding: .utf8) == "old")
        d.press(.backspace, .backspace, .backspace, .backspace)
        d.type("-2.csv")
        d.press(.enter)
        let written = try #require(d.state.message)
        #expect(d.state.mode == .browse || name == "missing/x.csv", "\(written)")
        if name != "missing/x.csv" {
            #expect(written.hasPrefix("wrote ") && written.contains(" to /") && written.hasSuffix("-2.csv"), "the whole path: \(written)")
        }
    }
}
