#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Lists every entry under a folder that an article reader must account for, sorted by relative path (bytewise),
/// so nothing is dropped without a record: regular files and links to them are read; links to folders are
/// followed once (a folder reached twice, as by a link loop, is reported); dangling links, FIFOs, sockets, devices
/// and folders that cannot be read are reported with the reason. Hidden names (a leading `.`) are skipped.
/// Works on raw bytes, so names that are not valid UTF-8 are read too. Iterative: any depth.
enum FolderWalk {
    /// One entry of the walk.
    enum Entry: Sendable {
        /// A file to read.
        case file(InputPath)
        /// Something met that cannot be read as an article, and why (with what to do).
        case problem(InputPath, String)

        var path: InputPath {
            switch self {
            case let .file(path), let .problem(path, _): return path
            }
        }
    }

    private struct Identity: Hashable, Sendable {
        let device: UInt64
        let inode: UInt64
    }

    /// The entries under `folder`.
    static func entries(in folder: InputPath) -> [Entry] {
        var result: [(relative: [UInt8], entry: Entry)] = []
        var visited: Set<Identity> = []
        var status = stat()
        if folder.withCString({ stat($0, &status) }) == 0 {
            visited.insert(Identity(device: UInt64(status.st_dev), inode: UInt64(status.st_ino)))
        }
        // Folders still to list: their path and their path relative to `folder`.
        var pending: [(path: InputPath, relative: [UInt8])] = [(folder, [])]
        while let (directory, relative) = pending.popLast() {
            guard let handle = directory.withCString({ opendir($0) }) else {
                let reason = String(cString: strerror(errno))
                if relative.isEmpty {
                    result.append((relative, .problem(directory, "cannot read the folder '\(directory.display)': "
                                                      + "\(reason); check its permissions")))
                } else {
                    result.append((relative, .problem(directory, "cannot read the folder '\(directory.display)': "
                                                      + "\(reason); check its permissions, or move it out of the input")))
                }
                continue
            }
            defer { closedir(handle) }
            while let entry = readdir(handle) {
                let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                    Array(raw.prefix(while: { $0 != 0 }))
                }
                if name.first == UInt8(ascii: ".") { continue }
                let path = directory.appending(name)
                let childRelative = relative.isEmpty ? name : relative + [0x2F] + name
                var link = stat()
                guard path.withCString({ lstat($0, &link) }) == 0 else {
                    result.append((childRelative, .problem(path, "cannot read '\(path.display)': \(String(cString: strerror(errno)))")))
                    continue
                }
                var target = link
                let isLink = (link.st_mode & S_IFMT) == S_IFLNK
                if isLink, path.withCString({ stat($0, &target) }) != 0 {
                    result.append((childRelative, .problem(path, "'\(path.display)' is a symbolic link to something "
                                                           + "missing (\(String(cString: strerror(errno)))): fix or remove the link")))
                    continue
                }
                switch target.st_mode & S_IFMT {
                case S_IFREG:
                    result.append((childRelative, .file(path)))
                case S_IFDIR:
                    if visited.insert(Identity(device: UInt64(target.st_dev), inode: UInt64(target.st_ino))).inserted {
                        pending.append((path, childRelative))
                    } else {
                        result.append((childRelative, .problem(path, "'\(path.display)' links to a folder already read "
                                                               + "(a link loop, or the same folder twice): not read again")))
                    }
                case S_IFIFO:
                    result.append((childRelative, .problem(path, "'\(path.display)' is a FIFO (named pipe), not a file: "
                                                           + "not read in a folder walk (it could wait forever); pass it directly to read it")))
                default:
                    result.append((childRelative, .problem(path, "'\(path.display)' is a socket or device, not a regular "
                                                           + "file: move it out of the input folder")))
                }
            }
        }
        return result.sorted { $0.relative.lexicographicallyPrecedes($1.relative) }.map(\.entry)
    }
}
