import Foundation

/// Every lexicon and rule file Verbatim uses, loaded from a `Models/` folder and validated once at start.
public struct Models: Sendable {
    /// The folder the models were loaded from.
    public let directory: String
    public let sentenceLexicon: SentenceLexicon
    public let quoteLexicon: QuoteLexicon
    public let htmlRules: HTMLRules
    public let entityLexicon: EntityLexicon
    public let boilerplateRules: BoilerplateRules
    /// The syntax stages' models (tagger, token classes, chunk grammar), or nil when loaded without them: a run
    /// that does not tokenize, tag or chunk does not pay for reading them at start.
    public let syntax: SyntaxModels?

    /// The tagger model's path inside `Models/`.
    public static let taggerFile = "syntax/tagger.bin"

    /// Loads the models from `directory`.
    /// Loads the models from `directory`; the syntax models only when `loadingSyntax` is set.
    public init(directory: String, loadingSyntax: Bool = true) throws(ModelError) {
        self.directory = directory
        self.sentenceLexicon = try SentenceLexicon(directory: directory + "/segmentation")
        self.htmlRules = try HTMLRules(directory: directory + "/html")
        self.quoteLexicon = try QuoteLexicon(directory: directory + "/quotes",
                                             titleAbbreviations: sentenceLexicon.titleAbbreviations)
        self.entityLexicon = try EntityLexicon(directory: directory + "/entities")
        self.boilerplateRules = try BoilerplateRules(directory: directory + "/boilerplate")
        self.syntax = loadingSyntax ? try SyntaxModels(modelsDirectory: directory) : nil
    }

    /// Where an installed `verbatim` keeps its models, relative to the folder holding the executable
    /// (`scripts/setup --prefix DIR` puts the binary in `DIR/bin` and the models in `DIR/share/verbatim/Models`).
    public static let installedRelativePath = "../share/verbatim/Models"

    /// Finds the `Models/` folder, trying in order: `explicit` (`--models`), `$VERBATIM_MODELS`, the installed
    /// models beside the running executable (`<bin>/../share/verbatim/Models`), `./Models`, and the folder beside
    /// this package's sources (for builds run from a checkout). The error lists every place tried.
    public static func locate(explicit: String? = nil) throws(ModelError) -> String {
        try locate(explicit: explicit, environment: ProcessInfo.processInfo.environment,
                   currentDirectory: FileManager.default.currentDirectoryPath, executablePath: executablePath())
    }

    /// `locate(explicit:)` with the process's surroundings given, so the search order can be tested.
    static func locate(explicit: String?, environment: [String: String], currentDirectory: String,
                       executablePath: String?) throws(ModelError) -> String {
        if let explicit { return try existingFolder(explicit, named: "--models") }
        if let fromEnvironment = environment["VERBATIM_MODELS"], !fromEnvironment.isEmpty {
            return try existingFolder(fromEnvironment, named: "$VERBATIM_MODELS")
        }
        var candidates: [String] = []
        if let executablePath {
            let binFolder = URL(fileURLWithPath: executablePath).deletingLastPathComponent()
            candidates.append(binFolder.appendingPathComponent(installedRelativePath).standardizedFileURL.path)
        }
        candidates.append(URL(fileURLWithPath: currentDirectory).appendingPathComponent("Models").path)
        candidates.append(URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Models").path)
        var isDirectory: ObjCBool = false
        for candidate in candidates
        where FileManager.default.fileExists(atPath: candidate + "/segmentation", isDirectory: &isDirectory)
            && isDirectory.boolValue {
            return candidate
        }
        throw notFound(candidates: candidates)
    }

    /// `path` when it is a folder; else an error saying that `option` names no folder.
    static func existingFolder(_ path: String, named option: String) throws(ModelError) -> String {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw ModelError(path: path, message: "\(option) names no folder: give the Models folder (the one holding "
                + "segmentation/, quotes/, ...)")
        }
        return path
    }

    /// The error when no candidate holds the models: every folder tried, and what to do.
    static func notFound(candidates: [String]) -> ModelError {
        ModelError(path: "Models", message: "cannot find the Models folder ($VERBATIM_MODELS is unset; tried "
            + candidates.joined(separator: ", ")
            + "): pass --models DIR, set VERBATIM_MODELS, or install with 'scripts/setup --prefix DIR'")
    }

    /// The running executable's path with symbolic links resolved (`/proc/self/exe` on Linux), or nil.
    static func executablePath() -> String? {
        if let resolved = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
            return resolved
        }
        return Bundle.main.executableURL?.resolvingSymlinksInPath().path
    }

    /// Loads the models from the folder `locate(explicit:)` finds.
    public static func load(explicit: String? = nil, loadingSyntax: Bool = true) throws(ModelError) -> Models {
        try Models(directory: locate(explicit: explicit), loadingSyntax: loadingSyntax)
    }
}
