import Foundation

/// A file mapped into memory read-only, for an import that reads it once from start to end.
/// Pages already read are handed back (`release`): a mapped page counts in the process's
/// memory until then, and a file of half a gigabyte would otherwise double an import's peak.
/// A page handed back and read again is read from the file again, so nothing is lost.
final class MappedFile: @unchecked Sendable {
    let bytes: UnsafeBufferPointer<UInt8>
    private let base: UnsafeMutableRawPointer?
    private var released = 0

    /// nil when the file cannot be opened or mapped; `errno` says why.
    init?(_ path: String) {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { return nil }
        let size = Int(info.st_size)
        guard size > 0 else {
            base = nil
            bytes = UnsafeBufferPointer(start: nil, count: 0)
            return
        }
        guard let mapped = mmap(nil, size, PROT_READ, MAP_PRIVATE, fd, 0), mapped != MAP_FAILED else { return nil }
        madvise(mapped, size, MADV_SEQUENTIAL)
        base = mapped
        bytes = UnsafeBufferPointer(start: mapped.assumingMemoryBound(to: UInt8.self), count: size)
    }

    /// Hands back the pages wholly before `offset`, in steps of 32 MiB. An offset behind the
    /// last one starts a new pass over the file.
    func release(before offset: Int) {
        if offset < released { released = 0 }
        let page = Int(sysconf(Int32(_SC_PAGESIZE)))
        let end = offset / page * page
        guard let base, end - released >= 32 << 20 else { return }
        madvise(base + released, end - released, MADV_DONTNEED)
        released = end
    }

    deinit {
        if let base { munmap(base, bytes.count) }
    }
}
