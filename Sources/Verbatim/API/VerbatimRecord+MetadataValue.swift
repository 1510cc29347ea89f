extension VerbatimRecord {
    /// A passed-through metadata value (any JSON). Numbers are read as `Double`: the JSONL line keeps their
    /// literal exactly, this value keeps 53 bits.
    public enum MetadataValue: Codable, Sendable, Hashable {
        case null
        case bool(Bool)
        case number(Double)
        case string(String)
        case array([MetadataValue])
        case object([String: MetadataValue])

        public init(from decoder: any Decoder) throws {
            let container = try decoder.singleValueContainer()
            if container.decodeNil() {
                self = .null
            } else if let value = try? container.decode(Bool.self) {
                self = .bool(value)
            } else if let value = try? container.decode(Double.self) {
                self = .number(value)
            } else if let value = try? container.decode(String.self) {
                self = .string(value)
            } else if let value = try? container.decode([MetadataValue].self) {
                self = .array(value)
            } else {
                self = .object(try container.decode([String: MetadataValue].self))
            }
        }

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.singleValueContainer()
            switch self {
            case .null: try container.encodeNil()
            case let .bool(value): try container.encode(value)
            case let .number(value): try container.encode(value)
            case let .string(value): try container.encode(value)
            case let .array(values): try container.encode(values)
            case let .object(members): try container.encode(members)
            }
        }

        /// The string, when this is a JSON string.
        public var stringValue: String? {
            if case let .string(value) = self { return value }
            return nil
        }
    }
}
