/// What an element's `class` and `id` say about it, read once per distinct class/id pair of a page.
///
/// Three readings, each from its own word list:
/// - `weight`: +25 for article words ("article", "content", "story"), -25 for page-furniture words ("comment",
///   "sidebar", "promo"), as readability scores candidates;
/// - `unlikely`: the element is page furniture ("menu", "related", "social") unless it also names content
///   ("article", "body", "main"); its paragraphs never vote for the main block;
/// - `remove`: inside the chosen article, the element is a widget that is never body (share bars, related links,
///   ads, captions, bylines, newsletter boxes), matched on whole words of the class or id.
struct HTMLHint: Sendable, Hashable {
    var weight: Int = 0
    var unlikely = false
    var remove = false

    static let none = HTMLHint()

    /// Reads `classAndID`: the class and id attribute values, lower-cased, separated by a space.
    init(classAndID: [UInt8]) {
        if classAndID.isEmpty { return }
        if Self.containsAny(classAndID, Self.positive) { weight += 25 }
        if Self.containsAny(classAndID, Self.negative) { weight -= 25 }
        unlikely = Self.containsAny(classAndID, Self.unlikelyWords) && !Self.containsAny(classAndID, Self.maybeContent)
        remove = Self.hasRemovableWord(classAndID) || Self.containsAny(classAndID, Self.removableSubstrings)
    }

    init() {}

    // Word lists (substrings of the lower-cased class and id).
    static let positive = patterns("article body content entry hentry h-entry main page post text blog story")
    static let negative = patterns("""
        hidden banner combx comment com- contact foot footer footnote masthead media meta outbrain promo related \
        scroll share shoutbox sidebar skyscraper sponsor shopping tags tool widget taboola newsletter
        """)
    static let unlikelyWords = patterns("""
        -ad- banner breadcrumbs combx comment community cover-wrap disqus extra footer gdpr header legends menu \
        related remark replies rss shoutbox sidebar skyscraper social sponsor supplemental ad-break agegate \
        pagination pager popup yom-remote newsletter taboola outbrain
        """)
    static let maybeContent = patterns("and article body column content main shadow")

    /// Whole words (split at anything not a letter or digit) that mark a widget: exact words, then word prefixes.
    static let removableWords: Set<[UInt8]> = Set(patterns("""
        ad ads adv advert adunit adslot ads-container sponsored share shares sharing related \
        comments comment newsletter newsletters subscribe subscription signup sign-up promo promos promotion caption \
        captions credit credits byline bylines author authors dateline timestamp breadcrumb breadcrumbs toolbar \
        popup modal cookie cookies recirc recirculation outbrain taboola tags tag-list taglist keywords \
        nav navigation menu pagination pager sidebar rail widget trending popular most-read mostread recommended \
        recommendations sr-only visually-hidden screen-reader hidden hide print-only disclaimer-ad gallery \
        slideshow carousel subnav masthead
        """))
    static let removablePrefixes = patterns("""
        advert sponsor sharing share- sharebar sharetools socialshare related- gdpr relatedlinks comment- \
        newsletter subscri signup promo caption byline author breadcrumb recirc outbrain taboola trending \
        recommend readmore read-more morestories more-stories social-share social-links social-icons \
        social-buttons social-follow rollover tooltip popover hovercard
        """)
    /// Substrings of a class or id that mark a widget wherever they occur ("InlineImage-imageEmbedCaption").
    static let removableSubstrings = patterns("""
        caption imagecredit photocredit image-credit photo-credit embedcredit sharebar share-bar socialshare \
        social-share newsletter rollover tooltip popover
        """)

    private static func patterns(_ list: String) -> [[UInt8]] {
        list.split(whereSeparator: { $0 == " " || $0 == "\n" }).map { Array($0.utf8) }
    }

    private static func containsAny(_ haystack: [UInt8], _ needles: [[UInt8]]) -> Bool {
        needles.contains { contains(haystack, $0) }
    }

    static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        let count = needle.count
        guard count > 0, haystack.count >= count else { return false }
        let first = needle[0]
        var index = 0
        let last = haystack.count - count
        while index <= last {
            if haystack[index] == first {
                var offset = 1
                while offset < count, haystack[index + offset] == needle[offset] { offset += 1 }
                if offset == count { return true }
            }
            index += 1
        }
        return false
    }

    /// Whether any word of `text` (class names and id, split at spaces, `_` and `-` kept inside words first, then
    /// split further at `-` and `_`) is removable.
    private static func hasRemovableWord(_ text: [UInt8]) -> Bool {
        for token in text.split(whereSeparator: { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A }) {
            let whole = Array(token)
            if removableWords.contains(whole) || removablePrefixes.contains(where: { whole.starts(with: $0) }) {
                return true
            }
            for part in token.split(whereSeparator: { $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "_") })
            where removableWords.contains(Array(part)) {
                return true
            }
        }
        return false
    }
}
