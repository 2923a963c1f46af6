import CMKeeperCore

/// The tests read messages in English, as they were written.
extension Message {
    func contains(_ text: String) -> Bool { description.contains(text) }
    func hasPrefix(_ text: String) -> Bool { description.hasPrefix(text) }
    var isEmpty: Bool { description.isEmpty }
}
