import Foundation

/// One busy process per core for the life of the value, so a test can prove that it waits for
/// a state and not for a time: what passes on a quiet machine must pass on a loaded one.
public final class CPUHog {
    private var pids: [pid_t] = []

    public init(processes: Int = ProcessInfo.processInfo.activeProcessorCount) {
        for _ in 0..<processes {
            var pid: pid_t = 0
            let argv: [UnsafeMutablePointer<CChar>?] = [strdup("/bin/sh"), strdup("-c"), strdup("while :; do :; done"), nil]
            defer { argv.forEach { free($0) } }
            if posix_spawn(&pid, "/bin/sh", nil, nil, argv, environ) == 0 { pids.append(pid) }
        }
    }

    deinit {
        for pid in pids {
            kill(pid, SIGKILL)
            var status: Int32 = 0
            waitpid(pid, &status, 0)
        }
    }
}
