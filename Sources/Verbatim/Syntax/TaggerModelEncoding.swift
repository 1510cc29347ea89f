/// The public face of the tagger model file format, for the `train-tagger` command and tests.
public enum TaggerModelEncoding {
    /// The model's file bytes.
    public static func encode(_ model: TaggerModel) -> [UInt8] { TaggerModelFile.encode(model) }

    /// The model in file bytes read from `path` (named in errors).
    public static func decode(_ bytes: [UInt8], path: String) throws(ModelError) -> TaggerModel {
        try TaggerModelFile.decode(bytes, path: path)
    }
}
