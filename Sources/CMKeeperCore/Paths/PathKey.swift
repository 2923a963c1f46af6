/// A name or path as a dictionary or set key, hashed and compared by its UTF-8 bytes, as git
/// compares names. A `String` key normalises its text (Unicode canonical equivalence) to hash or
/// compare it, which costs for every name that is not ASCII, as a library's Chinese names are.
struct PathKey: Hashable, Sendable {
    let string: String

    init(_ string: String) {
        self.string = string
    }

    static func == (lhs: PathKey, rhs: PathKey) -> Bool {
        lhs.string.utf8.count == rhs.string.utf8.count && Self.withBytes(of: lhs.string) { a in Self.withBytes(of: rhs.string) { b in a.elementsEqual(b) } }
    }

    func hash(into hasher: inout Hasher) {
        Self.withBytes(of: string) { hasher.combine(bytes: $0) }
    }

    /// The UTF-8 bytes of `text`, in place when the string holds them contiguously (as Swift's own
    /// strings do).
    static func withBytes<R>(of text: String, _ body: (UnsafeRawBufferPointer) -> R) -> R {
        if let result = text.utf8.withContiguousStorageIfAvailable({ body(UnsafeRawBufferPointer($0)) }) { return result }
        return Array(text.utf8).withUnsafeBytes(body)
    }
}
