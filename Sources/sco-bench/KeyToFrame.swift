import Foundation
import SCOCore
import SCOModel
import SCORuntime
import SCOView

/// Key-to-frame times of the real loop while a word is typed into the search prompt one key
/// at a time, each key starting a search that cancels the one before: what a reader feels.
enum KeyToFrame {
    static func typing(_ word: String, into catalog: any Catalog, rounds: Int) -> [Double] {
        let size = Size(width: 80, height: 24)
        let screen = HeadlessScreen(size: size)
        let done = DispatchSemaphore(value: 0)
        Thread {
            Runtime(catalog: catalog).run(State(catalog: catalog, size: size), on: screen)
            done.signal()
        }.start()
        _ = screen.wait(timeout: 30) { $0.text.contains("Timeline 1/") }
        var times: [Double] = []
        let clock = ContinuousClock()
        for _ in 0..<rounds {
            screen.type("/")
            _ = screen.wait(timeout: 30) { $0.line(size.height - 1).hasPrefix("/") }
            for length in 1...word.count {
                let prompt = "/" + word.prefix(length)
                let start = clock.now
                screen.type(String(word[word.index(word.startIndex, offsetBy: length - 1)]))
                _ = screen.wait(timeout: 30) { $0.line(size.height - 1).hasPrefix(prompt + " ") }
                times.append(Measure.microseconds(clock.now - start))
                // A fast typist: the next key comes 30 ms after the frame, while the search runs.
                Thread.sleep(forTimeInterval: 0.03)
            }
            screen.send([.key(.escape)])
            _ = screen.wait(timeout: 30) { $0.text.contains("Timeline 1/") }
        }
        screen.send([.closed])
        done.wait()
        return times
    }
}
