/// The items of a list written inside one paragraph ("1.) The first item 2.) The second item", "a. … b. … c. …",
/// "• 9. … • 10. …"): each item is a sentence, its marker included. Offsets are UTF-8.
///
/// A paragraph holds a list when it opens with a marker; every later word that is the next marker of the same style
/// (the following number or letter, or the same bullet) opens the next item. A bare bullet opens one only after a
/// finished sentence ("Hilary Swank. - Imelda Staunton."), since "-" and "–" between words are dashes ("the
/// outfit - 17 places inferior - have missed"). A lone opening marker ("1. This is a
/// list item.") is a list of one: only the break ICU sees after its stop goes.
struct ListEnumeration {
    /// The markers, in text order; the first opens the paragraph.
    let markers: [ListMarker]

    /// The list in `paragraph`, or nil when the paragraph does not open with a marker. `bullets` are the bullet
    /// characters as UTF-8 (`SentenceLexicon.listBullets`).
    static func find(in bytes: [UInt8], paragraph: TextSpan, bullets: [[UInt8]]) -> ListEnumeration? {
        guard paragraph.length > 2, mayOpenList(bytes[paragraph.start]),
              let first = ListMarker.parse(bytes, at: paragraph.start, limit: paragraph.end, bullets: bullets)
        else { return nil }
        var markers = [first]
        // Every item holds a word before the next marker can come ("J. K. Rowling" is no list).
        var position = skippingSpaces(bytes, from: first.span.end, to: paragraph.end)
        while position < paragraph.end {
            // The start of the next word.
            while position < paragraph.end, bytes[position] != 0x20, bytes[position] != 0x09 { position += 1 }
            position = skippingSpaces(bytes, from: position, to: paragraph.end)
            guard position < paragraph.end else { break }
            if let marker = ListMarker.parse(bytes, at: position, limit: paragraph.end, bullets: bullets),
               markers[markers.count - 1].isFollowed(by: marker),
               marker.style.label != .none || followsSentenceEnd(bytes, position, from: paragraph.start) {
                markers.append(marker)
                position = skippingSpaces(bytes, from: marker.span.end, to: paragraph.end)
            }
        }
        return ListEnumeration(markers: markers)
    }

    /// Whether the text before `position` (spaces skipped, not before `start`) ends with ".", "!", "?" or a closing
    /// quotation mark.
    private static func followsSentenceEnd(_ bytes: [UInt8], _ position: Int, from start: Int) -> Bool {
        var end = position
        while end > start, bytes[end - 1] == 0x20 || bytes[end - 1] == 0x09 { end -= 1 }
        guard end > start else { return false }
        switch bytes[end - 1] {
        case 0x2E, 0x21, 0x3F, 0x22: return true
        case 0x9D, 0x99: return end - 3 >= start && bytes[end - 3] == 0xE2 && bytes[end - 2] == 0x80
        default: return false
        }
    }

    private static func skippingSpaces(_ bytes: [UInt8], from start: Int, to end: Int) -> Int {
        var position = start
        while position < end, bytes[position] == 0x20 || bytes[position] == 0x09 { position += 1 }
        return position
    }

    /// A cheap test of a paragraph's first byte: a digit, an ASCII letter, "(", or a byte that may start a bullet.
    private static func mayOpenList(_ byte: UInt8) -> Bool {
        (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
            || byte == 0x28 || byte == 0x2A || byte == 0x2D || byte >= 0xC0
    }

    /// Where the items after the first start: breaks that must stand whatever the repairs say.
    var itemStarts: [Int] { markers.dropFirst().map(\.span.start) }

    /// `boundaries` without those between a marker and its item's first word ("1.)|The", "2.|The").
    func removingMarkerBreaks(_ boundaries: [Int], in bytes: [UInt8]) -> [Int] {
        boundaries.filter { boundary in
            !markers.contains { marker in
                var itemStart = marker.span.end
                while itemStart < bytes.count, bytes[itemStart] == 0x20 || bytes[itemStart] == 0x09 { itemStart += 1 }
                return boundary > marker.span.start && boundary <= itemStart
            }
        }
    }
}
