/// The built-in default process definition: Config/process.toml byte for byte, embedded by
/// SwiftPM (`Process/process.toml` in this target is a link to it, so there is one file to edit).
public enum DefaultProcess {
    /// The text of Config/process.toml: what `cmkeeper init` writes to .cmkeeper/process.toml.
    public static let processTOML = String(decoding: PackageResources.process_toml, as: UTF8.self)
}
