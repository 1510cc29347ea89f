import ArgumentParser
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Refuses, before anything is opened for writing, outputs that would destroy or feed the inputs: `--output` or
/// `--sqlite` naming an input file (by any path: the same device and inode), lying inside an input folder (the walk
/// would read it; hidden names are not read and are allowed), or naming each other.
enum OutputTargetCheck {
    /// - Throws: `ValidationError` (exit 64) naming the clash.
    static func validate(output: String?, sqlite: String?, inputs: [String]) throws {
        let targets = [("--output", output), ("--sqlite", sqlite)].compactMap { flag, path in
            path.flatMap { $0 == "-" ? nil : (flag, $0) }
        }
        if targets.count == 2, let first = identity(targets[0].1), first == identity(targets[1].1) {
            throw ValidationError("--output and --sqlite name the same file '\(targets[0].1)': give each its own file")
        }
        if targets.count == 2, absolute(targets[0].1) == absolute(targets[1].1) {
            throw ValidationError("--output and --sqlite name the same file '\(targets[0].1)': give each its own file")
        }
        for (flag, target) in targets {
            let targetIdentity = identity(target)
            let targetPath = absolute(target)
            let name = target.split(separator: "/").last.map(String.init) ?? ""
            for input in inputs where input != "-" {
                var status = stat()
                guard stat(input, &status) == 0 else { continue }
                if (status.st_mode & S_IFMT) == S_IFDIR {
                    let folder = absolute(input)
                    if !name.hasPrefix("."), let targetPath, let folder, targetPath.hasPrefix(folder == "/" ? "/" : folder + "/") {
                        throw ValidationError("\(flag) '\(target)' lies inside the input folder '\(input)', so it "
                                              + "would be read as input: write it outside the folder")
                    }
                } else if let targetIdentity, targetIdentity == Identity(device: UInt64(status.st_dev), inode: UInt64(status.st_ino)) {
                    throw ValidationError("\(flag) '\(target)' is the input '\(input)': writing it would destroy the "
                                          + "input; choose another output file")
                }
            }
        }
    }

    private struct Identity: Equatable, Sendable {
        let device: UInt64
        let inode: UInt64
    }

    /// The device and inode of an existing file, following links.
    private static func identity(_ path: String) -> Identity? {
        var status = stat()
        guard stat(path, &status) == 0 else { return nil }
        return Identity(device: UInt64(status.st_dev), inode: UInt64(status.st_ino))
    }

    /// The absolute path with links in its folder resolved (the file itself need not exist), or nil.
    private static func absolute(_ path: String) -> String? {
        if let resolved = realpath(path, nil) {
            defer { free(resolved) }
            return String(cString: resolved)
        }
        let slash = path.lastIndex(of: "/")
        let folder = slash.map { path[..<$0].isEmpty ? "/" : String(path[..<$0]) } ?? "."
        let name = slash.map { String(path[path.index(after: $0)...]) } ?? path
        guard let resolved = realpath(folder, nil) else { return nil }
        defer { free(resolved) }
        let base = String(cString: resolved)
        return (base == "/" ? "" : base) + "/" + name
    }
}
