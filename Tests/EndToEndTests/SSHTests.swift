import Foundation
import Testing
import TestSupport

/// sco on the far side of a real SSH connection to a throwaway sshd on 127.0.0.1.
@Suite(.serialized) struct SSHTests {
    /// A private sshd with its own host key, user key and port; stopped when the value goes.
    final class Server {
        let scratch: Scratch
        let port: Int

        init() throws {
            scratch = try Scratch()
            port = Int.random(in: 20_000...40_000)
            let dir = scratch.url.path
            try FileManager.default.createDirectory(atPath: "/run/sshd", withIntermediateDirectories: true)
            let config = """
                Port \(port)
                ListenAddress 127.0.0.1
                HostKey \(dir)/host_key
                PidFile \(dir)/sshd.pid
                AuthorizedKeysFile \(dir)/authorized_keys
                PubkeyAuthentication yes
                PasswordAuthentication no
                KbdInteractiveAuthentication no
                UsePAM no
                PermitRootLogin yes
                StrictModes no
                ClientAliveInterval 1
                ClientAliveCountMax 2
                """
            try config.write(toFile: "\(dir)/sshd_config", atomically: true, encoding: .utf8)
            let setup = """
                ssh-keygen -q -t ed25519 -N '' -f '\(dir)/host_key' &&
                ssh-keygen -q -t ed25519 -N '' -f '\(dir)/id' &&
                cp '\(dir)/id.pub' '\(dir)/authorized_keys' &&
                /usr/sbin/sshd -f '\(dir)/sshd_config' -E '\(dir)/sshd.log'
                """
            #expect(system(setup + " </dev/null >/dev/null 2>&1") == 0, "sshd did not start")
            #expect(scratch.waitForFile("sshd.pid"), "sshd wrote no PID file")
        }

        deinit {
            if let pid = Int32(scratch.read("sshd.pid").trimmingCharacters(in: .whitespacesAndNewlines)) { kill(pid, SIGTERM) }
        }

        func client(_ remote: String) -> String {
            "exec ssh -tt -p \(port) -i '\(scratch.url.path)/id' -o StrictHostKeyChecking=no -o UserKnownHostsFile=/dev/null " +
                "-o LogLevel=ERROR -o BatchMode=yes root@127.0.0.1 " + Tmux.quote(remote)
        }
    }

    func processes(matching marker: String) -> [Int32] {
        let all = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
        return all.compactMap(Int32.init).filter { pid in
            let cmdline = (try? Data(contentsOf: URL(fileURLWithPath: "/proc/\(pid)/cmdline"))) ?? Data()
            let text = String(decoding: cmdline, as: UTF8.self)
            let state = (try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8))?.split(separator: " ").dropFirst(2).first
            return text.contains(marker) && !text.contains("ssh") && state != "Z"
        }
    }

    @Test func browseOverSSHThenDropTheConnection() throws {
        let server = try Server()
        // A copy of the built-in chronicle under a unique name marks the remote sco process.
        let marker = server.scratch.path("marker-\(server.port).json")
        let export = try Program.run(["export", "--format", "json"])
        try Data(export.stdoutBytes).write(to: URL(fileURLWithPath: marker))
        // The remote shell starts from the account's own environment: the state and config the
        // browser keeps go to the scratch directory, not the account's home.
        let remote = "env LANG=C.UTF-8 XDG_STATE_HOME=\(Tmux.quote(server.scratch.path("state"))) XDG_CONFIG_HOME=\(Tmux.quote(server.scratch.path("config"))) "
            + Tmux.sco(["--data", marker])
        let tmux = try Tmux(command: "sh -c " + Tmux.quote(server.client(remote)), width: 100, height: 30)
        let started = try tmux.wait(timeout: 15, until: { $0.contains("Timeline 1/\(Builtin.events)") })
        #expect(started.ok, "sco did not start over ssh:\n\(started.screen)\n\(server.scratch.read("sshd.log"))")
        try tmux.send("j", "j")
        #expect(try tmux.wait(for: "Timeline 3/\(Builtin.events)").ok)
        try tmux.send("/")
        try tmux.type("mongolia observer")
        try tmux.send("Enter", "Enter")
        let detail = try tmux.wait(for: "Results 1/\(Builtin.matchCount("mongolia observer")) · detail")
        #expect(detail.ok, "\(detail.screen)")
        #expect(detail.screen.contains("Mongolia becomes the first SCO observer"))

        let remotePIDs = processes(matching: marker)
        #expect(remotePIDs.count == 1, "one remote sco runs")
        let client = try tmux.panePID()
        kill(client, SIGKILL)
        let dropped = Date()
        var alive = remotePIDs
        while !alive.isEmpty, Date().timeIntervalSince(dropped) < 5 {
            Thread.sleep(forTimeInterval: 0.05)
            alive = processes(matching: marker)
        }
        let seconds = Date().timeIntervalSince(dropped)
        #expect(alive.isEmpty, "the remote sco is still running \(seconds) s after the connection dropped")
        #expect(seconds < 2, "the remote sco took \(seconds) s to exit")
        print("ssh drop: remote sco exited after \(String(format: "%.2f", seconds)) s")
    }
}
