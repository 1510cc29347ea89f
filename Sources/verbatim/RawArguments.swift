#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Verbatim

/// The command line as the system passed it. Swift decodes `argv` as UTF-8, turning bytes that are not UTF-8 into
/// U+FFFD, so a file name that is not UTF-8 could not be opened from the decoded string: its raw bytes are found here.
enum RawArguments {
    /// `arguments` (as parsed) as paths with the bytes the system passed for each.
    static func inputPaths(for arguments: [String]) -> [InputPath] {
        var raw: [String: [UInt8]] = [:]
        for index in 0..<Int(CommandLine.argc) {
            guard let pointer = CommandLine.unsafeArgv[index] else { continue }
            let bytes = UnsafeBufferPointer(start: pointer, count: strlen(pointer)).map { UInt8(bitPattern: $0) }
            let decoded = String(decoding: bytes, as: UTF8.self)
            if String(validating: bytes, as: UTF8.self) == nil { raw[decoded] = bytes }
        }
        return arguments.map { raw[$0].map(InputPath.init(bytes:)) ?? InputPath($0) }
    }
}
