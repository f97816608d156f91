import Foundation

/// A pipe whose read end becomes readable when it is poked: what the loop waits on beside the
/// terminal. Both ends are non-blocking, and a poke into a full pipe is dropped, since the
/// pipe is already readable.
struct WakePipe {
    let descriptor: Int32
    private let poke: Int32

    init() {
        var ends: [Int32] = [-1, -1]
        if pipe(&ends) != 0 { fatalError("sco: cannot create a pipe: \(String(cString: strerror(errno)))") }
        for end in ends {
            _ = fcntl(end, F_SETFL, fcntl(end, F_GETFL) | O_NONBLOCK)
            _ = fcntl(end, F_SETFD, FD_CLOEXEC)
        }
        descriptor = ends[0]
        poke = ends[1]
    }

    func wake() {
        var byte: UInt8 = 1
        _ = write(poke, &byte, 1)
    }

    /// Empties the pipe, so it is readable again only after the next poke.
    func drain() {
        var buffer = [UInt8](repeating: 0, count: 256)
        while read(descriptor, &buffer, buffer.count) > 0 {}
    }

    func close() {
        Foundation.close(descriptor)
        Foundation.close(poke)
    }
}
