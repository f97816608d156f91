import CWait
import Foundation
import SCOCore
import SCOModel
import SCOView

/// The loop of the browser, and the only interpreter of effects: key → action → new state →
/// frame → screen. It sleeps on the terminal and on the mailbox at once, with no timer, so it
/// uses no CPU while idle and draws a background result the moment it arrives.
/// One thread runs it at a time (it may be made on another); only the mailbox is shared.
public final class Runtime: @unchecked Sendable {
    public let mailbox = Mailbox()
    private let searcher: Searcher
    private let exporter: Exporter
    /// Where marks and searches are kept between runs, written off the loop, in order.
    private let memoryFile: MemoryFile?
    private let memoryWrites = DispatchQueue(label: "sco memory")
    /// This session's memory as last written (or as it began): what its next write's changes
    /// are measured from. Touched only on `memoryWrites`.
    private var memoryBase = Memory()
    /// The cursor's place as last handed over. Moves are written at most once a second, a
    /// second after the first one not yet written, so a closed window or a dropped link
    /// (which end the program at once) loses at most the last second of moving.
    private var lastPlace: Memory.Place?
    /// The newest memory waiting for that write, and whether the write is scheduled; touched
    /// only on `memoryWrites`.
    private var waitingMemory: Memory?
    private var placeWriteScheduled = false
    private var previous: Frame?
    /// Keys typed after Enter on a search that has not answered yet, kept for its results.
    private var held: [Input] = []

    /// Searches run on a second connection to the catalog when it can open one. A file name
    /// the reader types for `e` is found from `directory` (the working directory when nil), so
    /// a test's exports land in its own folder.
    public init(catalog: any Catalog, memory: MemoryFile? = nil, directory: String? = nil) {
        memoryFile = memory
        let background = (try? catalog.backgroundReader()) ?? catalog
        searcher = Searcher(catalog: background, mailbox: mailbox)
        exporter = Exporter(catalog: catalog, mailbox: mailbox, directory: directory)
    }

    deinit {
        searcher.shutDown()
        exporter.stop()
        memoryWrites.sync {}
    }

    /// Runs until the reader quits or the terminal goes; returns the last state.
    @discardableResult
    public func run(_ initial: State, on screen: any Screen) -> State {
        sco_hold_resize_signal()
        var state = initial
        let start = initial.memory
        memoryWrites.sync { memoryBase = start }
        lastPlace = initial.place
        if state.size != screen.size { state = update(state, .resize(screen.size)).state }
        draw(state, on: screen)
        // The Sources pane's rows take one pass over every record: made once the first frame
        // is up, at low priority, so the pane opens at once when asked for.
        let catalog = state.catalog
        DispatchQueue.global(qos: .utility).async { _ = catalog.sourceRows() }
        defer { searcher.cancel() }
        var idleWakeups = 0
        while !state.hasQuit {
            var inputEvents: Int16 = 0, wakeEvents: Int16 = 0
            let ready = sco_wait(screen.inputDescriptor, mailbox.descriptor, &inputEvents, &wakeEvents)
            // A signal (a resize) interrupts the wait: ncurses reports it as input.
            let input = ready < 0 || inputEvents != 0
            var inputs = wakeEvents != 0 ? mailbox.take().map(Input.action) : []
            inputs += held
            held.removeAll()
            if input {
                let events = screen.pendingEvents()
                // A descriptor that stays readable yet yields nothing is a dead terminal.
                idleWakeups = events.isEmpty && ready > 0 && inputEvents & Int16(POLLHUP | POLLERR | POLLNVAL) != 0 ? idleWakeups + 1 : 0
                if events.contains(.closed) || idleWakeups > 100 { return state }
                for event in events {
                    switch event {
                    case .resize(let size):
                        previous = nil
                        inputs.append(.action(.resize(size)))
                    case .key(let key):
                        inputs.append(.key(key))
                    case .mouse(let mouse):
                        inputs.append(.action(.mouse(mouse)))
                    case .closed:
                        break
                    }
                }
            }
            guard !inputs.isEmpty else { continue }
            state = perform(inputs, on: state, screen: screen)
            if !state.hasQuit { draw(state, on: screen) }
            if memoryFile != nil, state.place != lastPlace {
                lastPlace = state.place
                rememberPlace(state.memory)
            }
        }
        return state
    }

    /// Applies the actions in order (keys are dispatched through the state's keymap as they
    /// come, so each key sees the mode the one before left), then interprets their effects.
    /// A paste is one batch: only its last search is started. Keys that come while the state
    /// awaits a search's first answer are held for it, in order, except those that quit, and
    /// Esc when nothing is held yet (it drops the search), which are answered at once.
    func perform(_ inputs: [Input], on initial: State, screen: (any Screen)?) -> State {
        var state = initial
        // Only the last search (or cancel) of a batch matters, so older ones are dropped as
        // they come: a paste neither starts nor keeps ten thousand queries.
        var search: Effect?
        var effects: [Effect] = []
        for input in inputs {
            let action: Action?
            switch input {
            case .key(let key):
                action = state.keymap.action(for: key, in: state)
                // Order matters for all but quitting: Esc drops the awaited search only when no
                // earlier key is waiting, or it would overtake them.
                if !held.isEmpty && action != .quit || state.isAwaitingSearch && action != .quit && action != .close {
                    held.append(input)
                    continue
                }
            case .action(let a): action = a
            }
            guard let action else { continue }
            let (next, more) = update(state, action)
            state = next
            for effect in more {
                switch effect {
                case .search, .cancelSearch: search = effect
                default: effects.append(effect)
                }
            }
            if state.hasQuit { break }
        }
        return interpret(effects, search: search, on: state, screen: screen)
    }

    private func interpret(_ effects: [Effect], search: Effect?, on initial: State, screen: (any Screen)?) -> State {
        var state = initial
        switch search {
        case .search(let query, let order)?: searcher.start(query, order)
        case .cancelSearch?: searcher.cancel()
        default: break
        }
        for effect in effects {
            switch effect {
            case .suspend:
                guard let screen else { continue }
                screen.suspend()
                previous = nil
                state = update(state, .resize(screen.size)).state
            case .redraw:
                screen?.invalidate()
                previous = nil
            case .quit:
                searcher.cancel()
                exporter.stop()
            case .export(let records, let format, let path):
                exporter.start(records, format, path: path)
            case .exportChart(let path):
                exporter.startChart(path: path)
            case .copy(let text):
                screen?.copy(text)
            case .openURL(let url):
                Browser.open(url)
            case .remember(let memory):
                remember(memory)
            case .search, .cancelSearch:
                break
            }
        }
        return state
    }

    /// Keeps the session's memory as it ends (its place too), after any write still queued;
    /// the reason when it could not.
    public func keepMemory(of state: State) -> String? {
        guard let memoryFile else { return nil }
        let memory = state.memory
        return memoryWrites.sync {
            waitingMemory = nil
            switch memoryFile.save(memory, since: memoryBase) {
            case .success:
                memoryBase = memory
                return nil
            case .failure(let error):
                return error.reason
            }
        }
    }

    /// Writes the memory off the loop, in order; a place write still waiting is then not needed.
    private func remember(_ memory: Memory) {
        guard let memoryFile else { return }
        memoryWrites.async { [mailbox] in
            self.waitingMemory = nil
            switch memoryFile.save(memory, since: self.memoryBase) {
            case .success: self.memoryBase = memory
            case .failure(let error): mailbox.post(.memoryNotKept(error.reason))
            }
        }
    }

    /// Keeps a new place: written a second after the first move not yet written, with
    /// whatever memory is newest by then.
    private func rememberPlace(_ memory: Memory) {
        memoryWrites.async {
            self.waitingMemory = memory
            guard !self.placeWriteScheduled else { return }
            self.placeWriteScheduled = true
            self.memoryWrites.asyncAfter(deadline: .now() + 1) {
                self.placeWriteScheduled = false
                if let waiting = self.waitingMemory { self.remember(waiting) }
            }
        }
    }

    private func draw(_ state: State, on screen: any Screen) {
        let drawn = render(state)
        let frame = screen.isASCII ? ASCIIFrame.converted(drawn) : drawn
        screen.apply(Frame.diff(from: previous, to: frame))
        previous = frame
    }

    /// For tests and benchmarks without a terminal: applies the action, then waits for the
    /// background work it started and applies what that work reports, until nothing is left.
    public func settle(_ state: State, _ action: Action) -> State {
        var state = perform([.action(action)], on: state, screen: nil)
        while true {
            searcher.waitUntilIdle()
            exporter.waitUntilIdle()
            memoryWrites.sync {}
            let arrived = mailbox.take()
            if arrived.isEmpty { return state }
            state = perform(arrived.map(Input.action), on: state, screen: nil)
        }
    }

    /// What the loop feeds through the state: keys, dispatched when their turn comes, and
    /// actions (resizes, background results).
    enum Input {
        case key(Key)
        case action(Action)
    }
}
